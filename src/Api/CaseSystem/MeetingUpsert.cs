using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Audit;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.CaseSystem;

/// <summary>
/// <c>upsertMeeting</c>: the meeting by the case system's reference. Its calendar link stays the
/// same across updates, so a family's calendar follows a moved meeting.
/// </summary>
public static class MeetingUpsert
{
    public const int MaxPurposeLength = 1000;

    public static async Task<Payload> RunAsync(ResolveContext ctx)
    {
        var viewer = await ctx.ViewerAsync();
        if (viewer.Role != ViewerRole.CaseSystem)
        {
            return Payload.Failed("meeting", UserErrors.NotAllowed("Only a council's case system can send meetings."));
        }
        var source = CaseSystemSource.Of(viewer);
        var errors = new List<InputError>();
        var input = new CaseSystemInput(ctx.Input(), "", errors);
        var reference = input.Required("reference", 100, "Give the meeting's reference from your case system.");
        var familyReference = input.Required("familyReference", 100, "Give the reference of the family the meeting is for.");
        var planReference = input.Optional("planReference", 100);
        var kind = input.Choice("kind", CaseSystemWords.MeetingKinds, required: true);
        var status = input.Choice("status", CaseSystemWords.MeetingStatuses, required: false) ?? MeetingStatus.Scheduled;
        var startsAt = input.DateTime("startsAt", "when the meeting starts", required: true);
        var endsAt = input.DateTime("endsAt", "when the meeting ends", required: true);
        var place = input.Optional("place", 500);
        var joinUrl = input.Optional("joinUrl", 2000);
        var purpose = input.Required("purpose", MaxPurposeLength, "Say in plain words what the meeting is for.");
        var attendees = input.List("attendees").Select(a => new
        {
            Input = a,
            Name = a.Required("name", 200, "Give the name of each person coming."),
            Role = a.Optional("role", 200) ?? "",
            PersonReference = a.Optional("personReference", 100),
        }).ToList();
        if (startsAt is { } start && endsAt is { } end && end <= start)
        {
            input.Problem("endsAt", "The meeting must end after it starts.");
        }
        if (place is null && joinUrl is null)
        {
            input.Problem("place", "Say where the meeting is, or give joinUrl, the link to join online.");
        }
        if (joinUrl is not null && !(Uri.TryCreate(joinUrl, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps))
        {
            input.Problem("joinUrl", "The link to join must start with https://.");
        }

        var now = ctx.GetService<TimeProvider>().GetUtcNow();
        return await ctx.Database().RunAsync(db => UniqueViolation.RetryOnceAsync(db, async () =>
        {
            var family = familyReference.Length == 0 ? null : await db.Families.AsNoTracking().Include(f => f.Members)
                .FirstOrDefaultAsync(f => f.ExternalSource == source && f.ExternalReference == familyReference, ctx.CancellationToken);
            if (family is null && familyReference.Length > 0)
            {
                input.Problem("familyReference", $"We do not have a family with the reference \"{familyReference}\" from your case system. Send it with upsertFamily first.");
            }
            var meeting = reference.Length == 0 ? null : await db.Meetings.Include(m => m.Attendees)
                .FirstOrDefaultAsync(m => m.ExternalSource == source && m.ExternalReference == reference, ctx.CancellationToken);
            if (meeting is not null && family is not null && meeting.FamilyId != family.Id)
            {
                input.Problem("familyReference", $"The meeting \"{reference}\" belongs to another family in Right Help. A meeting cannot move between families.");
            }
            Guid? planId = null;
            if (planReference is not null && family is not null)
            {
                planId = await db.Plans.Where(p => p.ExternalSource == source && p.ExternalReference == planReference && p.FamilyId == family.Id)
                    .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ctx.CancellationToken);
                if (planId is null)
                {
                    input.Problem("planReference", $"The family \"{familyReference}\" has no plan with the reference \"{planReference}\". Send it with upsertPlan first, or leave planReference out.");
                }
            }
            foreach (var attendee in attendees.Where(a => a.PersonReference is not null && family is not null
                         && !family.Members.Any(m => m.ExternalSource == source && m.ExternalReference == a.PersonReference)))
            {
                attendee.Input.Problem("personReference", $"\"{attendee.PersonReference}\" is not a member of the family \"{familyReference}\". Leave personReference out for anyone outside the family.");
            }
            if (errors.Count > 0)
            {
                return new Payload("meeting", null, errors);
            }

            if (meeting is null)
            {
                meeting = new Meeting
                {
                    FamilyId = family!.Id,
                    ExternalSource = source,
                    ExternalReference = reference,
                    CalendarToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant(),
                    CreatedAt = now,
                };
                db.Meetings.Add(meeting);
            }
            meeting.PlanId = planId;
            meeting.Kind = kind!.Value;
            meeting.Status = status;
            meeting.StartsAt = startsAt!.Value;
            meeting.EndsAt = endsAt!.Value;
            meeting.Location = place;
            meeting.OnlineLink = joinUrl;
            meeting.Purpose = purpose;
            var wanted = attendees.Select(a => (a.Name, a.Role, PersonId: family!.Members.FirstOrDefault(m => m.ExternalSource == source && m.ExternalReference == a.PersonReference)?.Id)).ToList();
            var current = meeting.Attendees.OrderBy(a => a.Name).ThenBy(a => a.Role).Select(a => (a.Name, a.Role, a.PersonId));
            // Replaced only when different, so a retried delivery writes nothing.
            if (!current.SequenceEqual(wanted.OrderBy(a => a.Name).ThenBy(a => a.Role)))
            {
                db.MeetingAttendees.RemoveRange(meeting.Attendees);
                meeting.Attendees = [.. wanted.Select(a => new MeetingAttendee { MeetingId = meeting.Id, Name = a.Name, Role = a.Role, PersonId = a.PersonId })];
            }
            await ctx.GetService<AuditTrail>().RecordAsync(db, viewer, [new AuditEntry("meeting.upsert", "Meeting", meeting.Id, meeting.FamilyId)], ctx.CancellationToken);
            return Payload.Ok("meeting", new CaseSystemMeeting(GlobalId.Encode("Meeting", meeting.Id), reference, familyReference, meeting.StartsAt, meeting.EndsAt));
        }), ctx.CancellationToken);
    }
}
