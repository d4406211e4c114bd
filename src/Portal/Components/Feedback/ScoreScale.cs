using RightHelp.Portal.Components.GovUk;

namespace RightHelp.Portal.Components.Feedback;

/// <summary>The 1 to 5 answers, each with words and a face: young people asked for a more fun form.</summary>
public static class ScoreScale
{
    public static readonly IReadOnlyList<ChoiceItem> Points =
    [
        new("1", "😢 No, not at all"),
        new("2", "🙁 Not really"),
        new("3", "😐 A bit"),
        new("4", "🙂 Mostly"),
        new("5", "😀 Yes, a lot"),
    ];

    public static string Words(int score) => Points.FirstOrDefault(point => point.Value == score.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text ?? "";

    /// <summary>Null for anything but a whole number from 1 to 5.</summary>
    public static int? Parse(string? value) => int.TryParse(value, out var number) && number is >= 1 and <= 5 ? number : null;
}
