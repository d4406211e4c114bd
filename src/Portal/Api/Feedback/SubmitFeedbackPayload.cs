using RightHelp.Portal.Api.Family;

namespace RightHelp.Portal.Api.Feedback;

public sealed record SubmitFeedbackPayload(SubmittedFeedback? Feedback, bool NeedsHelpNow, IReadOnlyList<ApiError> Errors);
