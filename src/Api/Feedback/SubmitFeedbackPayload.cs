using RightHelp.Api.YouSaidWeDid.Errors;

namespace RightHelp.Api.YouSaidWeDid;

/// <summary>
/// The answer to a submission: the stored feedback, or the errors (nothing is stored when there
/// are errors). <paramref name="ShowHelpNow"/> asks the page to show 999, Childline and the front door.
/// </summary>
public sealed record SubmitFeedbackPayload(SubmittedFeedback? Feedback, IReadOnlyList<FeedbackError> Errors, bool ShowHelpNow)
{
    public static SubmitFeedbackPayload Failed(IReadOnlyList<FeedbackError> errors) => new(null, errors, false);
}
