using RightHelp.Portal.Api.Family;

namespace RightHelp.Portal.Components.Family;

/// <summary>
/// The server-side checks of "Have your say", and the Api's typed errors turned into kind
/// messages on the right field. Each pair is (message, form property name).
/// </summary>
public static class MeetingViewsValidation
{
    private const string TryAgain = "We could not send your views just now. Please try again in a few minutes";

    public static IEnumerable<(string Message, string Field)> Check(MeetingViewsForm form, bool isYoungPerson)
    {
        var said = new[] { form.GoingWell, form.Worries, form.WhatIWant }.Any(text => !string.IsNullOrWhiteSpace(text))
            || (isYoungPerson && new[] { form.FeelingAtHome, form.FeelingAtSchool, form.FeelingAboutHelp }.Any(value => value is not null));
        if (!said)
        {
            yield return (isYoungPerson ? "Pick a face or write something in a box" : "Write something in at least one box", isYoungPerson ? nameof(form.FeelingAtHome) : nameof(form.GoingWell));
        }
        foreach (var (text, field) in new[] { (form.GoingWell, nameof(form.GoingWell)), (form.Worries, nameof(form.Worries)), (form.WhatIWant, nameof(form.WhatIWant)) })
        {
            if (text is { Length: > MeetingViewsForm.MaxLength })
            {
                yield return ($"Use {MeetingViewsForm.MaxLength} letters or fewer. You have used {text.Length}", field);
            }
        }
        foreach (var (value, field) in new[] { (form.FeelingAtHome, nameof(form.FeelingAtHome)), (form.FeelingAtSchool, nameof(form.FeelingAtSchool)), (form.FeelingAboutHelp, nameof(form.FeelingAboutHelp)) })
        {
            if (value is not null && Feeling(value) is null)
            {
                yield return ("Pick one of the faces", field);
            }
        }
    }

    public static GiveMeetingViewsInput ToInput(string meetingId, MeetingViewsForm form) => new(
        meetingId,
        Blank(form.GoingWell),
        Blank(form.Worries),
        Blank(form.WhatIWant),
        Feeling(form.FeelingAtHome),
        Feeling(form.FeelingAtSchool),
        Feeling(form.FeelingAboutHelp));

    public static IEnumerable<(string Message, string Field)> FromApi(GiveMeetingViewsPayload? payload)
    {
        if (payload is null)
        {
            yield return (TryAgain, nameof(MeetingViewsForm.GoingWell));
            yield break;
        }
        foreach (var error in payload.Errors)
        {
            yield return (error.Field is null ? TryAgain : error.Message, FormField(error.Field));
        }
    }

    /// <summary>The Api names input fields in camelCase ("whatIWant"); the form uses the same words.</summary>
    private static string FormField(string? apiField) =>
        typeof(MeetingViewsForm).GetProperties().FirstOrDefault(property => string.Equals(property.Name, apiField, StringComparison.OrdinalIgnoreCase))?.Name
        ?? nameof(MeetingViewsForm.GoingWell);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static int? Feeling(string? value) => int.TryParse(value, out var number) && number is >= 1 and <= 5 ? number : null;
}
