namespace RightHelp.Api.YouSaidWeDid.Errors;

/// <summary>Flagged feedback is never quoted automatically, so staff write the "you said" themselves.</summary>
public sealed record QuoteRequired()
    : FeedbackError(nameof(QuoteRequired), "youSaid", "Write a short summary of what people said, without anything that identifies them.");
