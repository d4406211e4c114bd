namespace RightHelp.Api.Feedback.Errors;

public sealed record ManagersOnly()
    : FeedbackError(nameof(ManagersOnly), null, "Only a manager can do this.");
