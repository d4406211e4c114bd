namespace RightHelp.Portal.Components.Staff;

/// <summary>One "who does what, by when" row; the date is three boxes, as GOV.UK asks for dates.</summary>
public sealed class ActionDraftForm
{
    public string? Who { get; set; }

    public string? What { get; set; }

    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public string? Status { get; set; }

    public string? Audience { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Who) && string.IsNullOrWhiteSpace(What)
        && string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public bool HasDate => !string.IsNullOrWhiteSpace(Day) || !string.IsNullOrWhiteSpace(Month) || !string.IsNullOrWhiteSpace(Year);

    /// <summary>The date typed, or null when the boxes do not make a real date.</summary>
    public DateOnly? ByWhen =>
        int.TryParse(Day, out var day) && int.TryParse(Month, out var month) && int.TryParse(Year, out var year)
        && year is >= 2000 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
