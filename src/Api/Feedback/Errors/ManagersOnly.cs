namespace RightHelp.Api.YouSaidWeDid.Errors;

public sealed record ManagersOnly()
    : FeedbackError(nameof(ManagersOnly), null, "Only a manager can do this.");
