using RightHelp.Api.Data;

namespace RightHelp.Api.YouSaidWeDid.Themes;

/// <summary>A suggested theme (null when the words give no clue) and the words that suggested it.</summary>
public sealed record ThemeSuggestion(FeedbackTheme? Theme, IReadOnlyList<string> Evidence)
{
    public static ThemeSuggestion None { get; } = new(null, []);
}
