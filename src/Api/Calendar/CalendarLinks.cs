using Microsoft.Extensions.Options;
using RightHelp.Api.Data;

namespace RightHelp.Api.Calendar;

/// <summary>The secret link to a meeting's .ics: its id and the meeting's calendar token, nothing else.</summary>
public sealed class CalendarLinks(IOptions<CalendarOptions> options)
{
    public Uri For(Meeting meeting)
        => new(new Uri(options.Value.PublicBaseUrl.TrimEnd('/') + "/"),
            $"meetings/{meeting.Id:D}.ics?token={Uri.EscapeDataString(meeting.CalendarToken)}");
}
