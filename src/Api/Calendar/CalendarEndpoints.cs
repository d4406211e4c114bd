using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Audit;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.Meetings;

namespace RightHelp.Api.Calendar;

/// <summary>
/// <c>GET /meetings/{id}.ics?token=...</c>: a calendar app fetches it without signing in, so the
/// token is the key. A wrong token and a missing meeting look the same (404); each fetch is audited.
/// </summary>
public static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapMeetingCalendars(this IEndpointRouteBuilder app)
    {
        app.MapGet("/meetings/{id:guid}.ics", async (Guid id, string? token, PortalDbContext db, AuditTrail audit,
            TimeProvider time, CalendarLinks links, CancellationToken cancellationToken) =>
        {
            var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
            if (meeting is null || string.IsNullOrEmpty(token) || string.IsNullOrEmpty(meeting.CalendarToken)
                || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(meeting.CalendarToken)))
            {
                return Results.NotFound();
            }
            var actor = new Viewer { Issuer = "calendar-link", Subject = "calendar-link" };
            await audit.RecordAsync(db, actor, [new AuditEntry("meeting.calendar.read", "Meeting", meeting.Id, meeting.FamilyId)], cancellationToken);
            var ics = CalendarWriter.Write(new CalendarEvent(
                $"meeting-{meeting.Id:D}@righthelp.example.test",
                time.GetUtcNow(),
                meeting.StartsAt,
                meeting.EndsAt,
                MeetingWords.Name(meeting.Kind),
                meeting.Purpose,
                meeting.Location ?? (meeting.OnlineLink is null ? null : "Online"),
                meeting.OnlineLink is { } online && Uri.TryCreate(online, UriKind.Absolute, out var url) ? url : links.For(meeting),
                meeting.Status == MeetingStatus.Cancelled));
            return Results.Text(ics, "text/calendar; charset=utf-8", Encoding.UTF8);
        });
        return app;
    }
}
