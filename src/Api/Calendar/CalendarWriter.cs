using System.Globalization;
using System.Text;

namespace RightHelp.Api.Calendar;

/// <summary>
/// Writes an iCalendar (RFC 5545) event in Europe/London time with its VTIMEZONE, so a phone's
/// calendar shows the meeting at the right hour on either side of a clock change.
/// </summary>
public static class CalendarWriter
{
    public const string TimeZoneId = "Europe/London";

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static string Write(CalendarEvent calendarEvent)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Right Help//Family meetings//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VTIMEZONE",
            "TZID:" + TimeZoneId,
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "TZNAME:BST",
            "DTSTART:19810329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "DTSTART:19961027T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:" + calendarEvent.Uid,
            "DTSTAMP:" + Utc(calendarEvent.Stamp),
            $"DTSTART;TZID={TimeZoneId}:{Local(calendarEvent.StartsAt)}",
            $"DTEND;TZID={TimeZoneId}:{Local(calendarEvent.EndsAt)}",
            "SUMMARY:" + Escape(calendarEvent.Summary),
        };
        if (!string.IsNullOrWhiteSpace(calendarEvent.Description))
        {
            lines.Add("DESCRIPTION:" + Escape(calendarEvent.Description));
        }
        if (!string.IsNullOrWhiteSpace(calendarEvent.Location))
        {
            lines.Add("LOCATION:" + Escape(calendarEvent.Location));
        }
        if (calendarEvent.Url is not null)
        {
            lines.Add("URL:" + calendarEvent.Url.AbsoluteUri);
        }
        lines.Add("STATUS:" + (calendarEvent.Cancelled ? "CANCELLED" : "CONFIRMED"));
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");

        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(builder, line);
        }
        return builder.ToString();
    }

    private static string Utc(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset value)
        => TimeZoneInfo.ConvertTime(value, London).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>TEXT escaping of RFC 5545 section 3.3.11.</summary>
    private static string Escape(string value)
        => value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Lines longer than 75 octets are folded (section 3.1) without splitting a UTF-8 character.</summary>
    private static void Fold(StringBuilder builder, string line)
    {
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                builder.Append("\r\n ");
                octets = 1;
                limit = 75;
            }
            builder.Append(line, i, length);
            octets += size;
            i += length - 1;
        }
        builder.Append("\r\n");
    }
}
