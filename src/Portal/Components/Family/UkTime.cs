using System.Globalization;

namespace RightHelp.Portal.Components.Family;

/// <summary>
/// Times as people in the UK say them ("Tuesday 8 December at 10am"), in UK time whatever the
/// server's clock says, so a meeting in summer time is not an hour out.
/// </summary>
public static class UkTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static DateTime InLondon(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, London).DateTime;

    /// <summary>"Tuesday 8 December at 10am".</summary>
    public static string DayAndTime(DateTimeOffset moment)
    {
        var local = InLondon(moment);
        return $"{Day(local)} at {Time(local)}";
    }

    /// <summary>"Tuesday 8 December from 10am to 11:30am".</summary>
    public static string Span(DateTimeOffset starts, DateTimeOffset ends)
    {
        var start = InLondon(starts);
        var end = InLondon(ends);
        return start.Date == end.Date
            ? $"{Day(start)} from {Time(start)} to {Time(end)}"
            : $"{DayAndTime(starts)} to {DayAndTime(ends)}";
    }

    /// <summary>"Tuesday 8 December".</summary>
    public static string Day(DateTime local) => local.ToString("dddd d MMMM", English);

    /// <summary>"8 December 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    /// <summary>"10am", "10:30am", "midday".</summary>
    public static string Time(DateTime local)
    {
        if (local is { Hour: 12, Minute: 0 })
        {
            return "midday";
        }
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var suffix = local.Hour < 12 ? "am" : "pm";
        return local.Minute == 0 ? $"{hour}{suffix}" : $"{hour}:{local.Minute:00}{suffix}";
    }
}
