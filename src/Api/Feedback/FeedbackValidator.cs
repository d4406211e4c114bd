using RightHelp.Api.YouSaidWeDid.Errors;

namespace RightHelp.Api.YouSaidWeDid;

/// <summary>Checks a submission and returns every problem at once, so the form can show them all together.</summary>
public static class FeedbackValidator
{
    public static List<FeedbackError> Validate(SubmitFeedbackInput input, FeedbackSubmitter submitter)
    {
        var errors = new List<FeedbackError>();
        var text = input.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(new TextRequired());
        }
        else if (text.Length > FeedbackLimits.MaxTextLength)
        {
            errors.Add(new FeedbackTooLong(text.Length));
        }
        CheckScore(errors, "explainedClearly", input.ExplainedClearly);
        CheckScore(errors, "involvedInPlanning", input.InvolvedInPlanning);
        CheckScore(errors, "listenedTo", input.ListenedTo);
        CheckScore(errors, "happyWithHelp", input.HappyWithHelp);
        if (!input.Anonymous && !submitter.IsSignedIn)
        {
            errors.Add(new SignInRequired());
        }
        if (input.IdempotencyKey is { Length: > FeedbackLimits.MaxIdempotencyKeyLength })
        {
            errors.Add(new IdempotencyKeyTooLong());
        }
        return errors;
    }

    private static void CheckScore(List<FeedbackError> errors, string field, int? score)
    {
        if (score is { } value && (value < FeedbackLimits.MinScore || value > FeedbackLimits.MaxScore))
        {
            errors.Add(new ScoreOutOfRange(field, value));
        }
    }
}
