using RightHelp.Portal.Api.Feedback;
using RightHelp.Portal.Components.GovUk;

namespace RightHelp.Portal.Components.Feedback;

/// <summary>The themes in plain words, and the short names they have in addresses (?theme=communication).</summary>
public static class FeedbackThemes
{
    public static readonly IReadOnlyList<FeedbackTheme> All = Enum.GetValues<FeedbackTheme>();

    public static string Name(FeedbackTheme theme) => theme switch
    {
        FeedbackTheme.Communication => "How we talk with you",
        FeedbackTheme.Relationships => "How we get on",
        FeedbackTheme.PeopleWhoHelp => "The people who help",
        _ => "The kind of help",
    };

    public static string Slug(FeedbackTheme theme) => theme switch
    {
        FeedbackTheme.Communication => "communication",
        FeedbackTheme.Relationships => "relationships",
        FeedbackTheme.PeopleWhoHelp => "people-who-help",
        _ => "type-of-help",
    };

    /// <summary>Null for a blank or unknown name, which the pages treat as "any theme".</summary>
    public static FeedbackTheme? FromSlug(string? slug) =>
        All.Cast<FeedbackTheme?>().FirstOrDefault(theme => Slug(theme!.Value) == slug);

    public static IReadOnlyList<ChoiceItem> Choices(string blankText) =>
        [new("", blankText), .. All.Select(theme => new ChoiceItem(Slug(theme), Name(theme)))];
}
