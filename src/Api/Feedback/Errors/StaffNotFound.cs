namespace RightHelp.Api.YouSaidWeDid.Errors;

public sealed record StaffNotFound()
    : FeedbackError(nameof(StaffNotFound), null, "Your account is not linked to a worker.");
