namespace RightHelp.Api.YouSaidWeDid.Errors;

public sealed record UnknownLocality(string Locality)
    : FeedbackError(nameof(UnknownLocality), "locality", "Choose an area from the list.");
