using System.Globalization;
using RightHelp.Portal.Components.GovUk;

namespace RightHelp.Portal.Components.Feedback;

/// <summary>The 1 to 5 answers, each with words and a face: young people asked for a more fun form.</summary>
public static class ScoreScale
{
    private static readonly (string Face, string Words)[] Scale =
    [
        ("😢", "No, not at all"),
        ("🙁", "Not really"),
        ("😐", "A bit"),
        ("🙂", "Mostly"),
        ("😀", "Yes, a lot"),
    ];

    public static readonly IReadOnlyList<ChoiceItem> Points =
        [.. Scale.Select((point, index) => new ChoiceItem((index + 1).ToString(CultureInfo.InvariantCulture), $"{point.Face} {point.Words}"))];

    /// <summary>The words for a score without its face, for staff pages and tables.</summary>
    public static string Words(int score) => score is >= 1 and <= 5 ? Scale[score - 1].Words : "";

    /// <summary>Null for anything but a whole number from 1 to 5.</summary>
    public static int? Parse(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 5 ? number : null;
}
