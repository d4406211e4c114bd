using RightHelp.Portal.Api.Feedback;

namespace RightHelp.Portal.Components.Feedback;

/// <summary>
/// The server-side checks of the feedback form, and the Api's typed errors put kindly on the
/// right field. Each pair is (message, form property name).
/// </summary>
public static class GiveFeedbackValidation
{
    public const string TryAgain = "We could not send this just now. Your words are still here. Please try again in a few minutes";

    public const string StaffCannotGiveNamed = "You are signed in as staff, so you cannot give feedback with your name. Choose to give it without your name";

    /// <param name="staff">Named feedback is a family's own; the Api would refuse it from staff, so say why here.</param>
    public static IEnumerable<(string Message, string Field)> Check(GiveFeedbackForm form, bool signedIn, bool staff = false)
    {
        foreach (var (value, field) in Scores(form))
        {
            if (!string.IsNullOrEmpty(value) && ScoreScale.Parse(value) is null)
            {
                yield return ("Pick one of the faces", field);
            }
        }
        var text = form.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            yield return ("Write what you think in the box", nameof(form.Text));
        }
        else if (text.Length > GiveFeedbackForm.MaxLength)
        {
            yield return ($"Use {GiveFeedbackForm.MaxLength} letters or fewer. You have used {text.Length}", nameof(form.Text));
        }
        if (signedIn && form.HowToGive is not (GiveFeedbackForm.Named or GiveFeedbackForm.Anonymous))
        {
            yield return ("Say if we can see your name", nameof(form.HowToGive));
        }
        else if (signedIn && staff && form.HowToGive == GiveFeedbackForm.Named)
        {
            yield return (StaffCannotGiveNamed, nameof(form.HowToGive));
        }
    }

    /// <summary>Someone who is not signed in can only give it anonymously, whatever was posted.</summary>
    public static SubmitFeedbackInput ToInput(GiveFeedbackForm form, bool signedIn, IReadOnlyList<LocalityOption> localities) => new(
        ScoreScale.Parse(form.ExplainedClearly),
        ScoreScale.Parse(form.InvolvedInPlanning),
        ScoreScale.Parse(form.ListenedTo),
        ScoreScale.Parse(form.HappyWithHelp),
        form.Text?.Trim() ?? "",
        FeedbackThemes.FromSlug(form.Theme),
        !signedIn || form.HowToGive != GiveFeedbackForm.Named,
        form.IdempotencyKey!,
        localities.FirstOrDefault(locality => locality.Slug == form.Locality)?.Id);

    public static IEnumerable<(string Message, string Field)> FromApi(SubmitFeedbackPayload? payload)
    {
        if (payload is null)
        {
            yield return (TryAgain, nameof(GiveFeedbackForm.Text));
            yield break;
        }
        foreach (var error in payload.Errors)
        {
            var field = FormField(error.Field);
            yield return (field is null ? TryAgain : error.Message, field ?? nameof(GiveFeedbackForm.Text));
        }
        if (payload.Errors.Count == 0 && payload.Feedback is null)
        {
            yield return (TryAgain, nameof(GiveFeedbackForm.Text));
        }
    }

    /// <summary>A key that is not one of ours (or none) is replaced, so every send has a fair key.</summary>
    public static string Key(string? posted) =>
        Guid.TryParseExact(posted, "N", out var key) ? key.ToString("N") : Guid.NewGuid().ToString("N");

    private static IEnumerable<(string? Value, string Field)> Scores(GiveFeedbackForm form) =>
    [
        (form.ExplainedClearly, nameof(form.ExplainedClearly)),
        (form.InvolvedInPlanning, nameof(form.InvolvedInPlanning)),
        (form.ListenedTo, nameof(form.ListenedTo)),
        (form.HappyWithHelp, nameof(form.HappyWithHelp)),
    ];

    /// <summary>
    /// The Api names input fields in camelCase ("listenedTo"); the form uses the same words. "anonymous"
    /// is our HowToGive, and a problem with the hidden key is ours to fix, so it is put as "try again".
    /// </summary>
    private static string? FormField(string? apiField) => apiField switch
    {
        null or "idempotencyKey" => null,
        "anonymous" => nameof(GiveFeedbackForm.HowToGive),
        _ => typeof(GiveFeedbackForm).GetProperties().FirstOrDefault(property => string.Equals(property.Name, apiField, StringComparison.OrdinalIgnoreCase))?.Name,
    };
}
