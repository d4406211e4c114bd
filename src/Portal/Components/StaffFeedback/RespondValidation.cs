using RightHelp.Portal.Api.Family;
using RightHelp.Portal.Api.Feedback;
using RightHelp.Portal.Components.Feedback;

namespace RightHelp.Portal.Components.StaffFeedback;

/// <summary>Checks on a response before it goes to the Api, and the Api's errors put on the right field.</summary>
public static class RespondValidation
{
    public const string TryAgain = "We could not save the response just now. What you wrote is still here. Please try again in a few minutes";

    public static IEnumerable<(string Message, string Field)> Check(RespondForm form)
    {
        var text = form.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            yield return ("Enter what we did", nameof(form.Text));
        }
        else if (text.Length > RespondForm.MaxLength)
        {
            yield return ($"What we did must be {RespondForm.MaxLength} characters or fewer. It is {text.Length}", nameof(form.Text));
        }
        if (form.YouSaid?.Trim() is { Length: > RespondForm.MaxQuoteLength } quote)
        {
            yield return ($"The quote must be {RespondForm.MaxQuoteLength} characters or fewer. It is {quote.Length}", nameof(form.YouSaid));
        }
    }

    public static RespondToFeedbackInput ToInput(IReadOnlyList<string> feedbackIds, RespondForm form) => new(
        feedbackIds,
        form.Text?.Trim() ?? "",
        FeedbackThemes.FromSlug(form.Theme),
        string.IsNullOrWhiteSpace(form.YouSaid) ? null : form.YouSaid.Trim());

    public static IEnumerable<(string Message, string Field)> FromApi(IReadOnlyList<ApiError>? errors, bool answered)
    {
        if (errors is null || (errors.Count == 0 && !answered))
        {
            yield return (TryAgain, nameof(RespondForm.Text));
            yield break;
        }
        foreach (var error in errors)
        {
            yield return (error.Message, error.Field switch
            {
                "youSaid" => nameof(RespondForm.YouSaid),
                "theme" => nameof(RespondForm.Theme),
                _ => nameof(RespondForm.Text),
            });
        }
    }

    /// <summary>The first item's words as a starting quote, when they are short enough to be one.</summary>
    public static string? SuggestedQuote(IReadOnlyList<FeedbackItem> items) =>
        items.FirstOrDefault()?.Text.Trim() is { Length: > 0 and <= RespondForm.MaxQuoteLength } text ? text : null;
}
