using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Audit;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Meetings;

/// <summary>"Have your say before the meeting" for family members; scheduling for the family's practitioner.</summary>
public static class MeetingMutations
{
    public const int MaxViewLength = 4000;

    public static void Register(ResolverMap map) => map
        .AddAsync("Mutation", "giveMeetingViews", async ctx =>
        {
            var viewer = await ctx.ViewerAsync();
            var input = ctx.Input();
            if (!viewer.IsFamilyMember || viewer.PersonId is not { } personId)
            {
                return Payload.Failed("views", UserErrors.NotAllowed("Only family members give their views before a meeting."));
            }
            var errors = new List<object>();
            string? Text(string field)
            {
                var value = (input.GetValueOrDefault(field) as string)?.Trim();
                if (value?.Length > MaxViewLength)
                {
                    errors.Add(UserErrors.Invalid(field, $"Please keep this to {MaxViewLength} characters or fewer."));
                }
                return string.IsNullOrEmpty(value) ? null : value;
            }
            int? Scale(string field)
            {
                var value = input.GetValueOrDefault(field) as int?;
                if (value is < 1 or > 5)
                {
                    errors.Add(UserErrors.Invalid(field, "Choose a face from 1 to 5."));
                }
                return value;
            }
            var goingWell = Text("goingWell");
            var worries = Text("worries");
            var whatIWant = Text("whatIWant");
            var home = Scale("feelingAtHome");
            var school = Scale("feelingAtSchool");
            var help = Scale("feelingAboutHelp");
            if (goingWell is null && worries is null && whatIWant is null && home is null && school is null && help is null)
            {
                errors.Add(UserErrors.Invalid("goingWell", "Tell us at least one thing before you send it."));
            }
            var meetingId = GlobalId.DecodeAs(input.GetValueOrDefault("meetingId") as string, "Meeting");
            var meeting = meetingId is { } id ? await ctx.FamilyData().MeetingAsync(viewer, id, ctx.CancellationToken) : null;
            if (meeting is null)
            {
                return Payload.Failed("views", UserErrors.NotFound("meeting"));
            }
            var now = ctx.GetService<TimeProvider>().GetUtcNow();
            if (meeting.StartsAt <= now)
            {
                errors.Add(UserErrors.Invalid("meetingId", "This meeting has started, so views can no longer be added. Tell your worker instead."));
            }
            if (errors.Count > 0)
            {
                return new Payload("views", null, errors);
            }
            return await ctx.Database().RunAsync<Payload>(async db =>
            {
                var views = await db.MeetingViews.FirstOrDefaultAsync(v => v.MeetingId == meeting.Id && v.AuthorPersonId == personId, ctx.CancellationToken);
                if (views is null)
                {
                    views = new MeetingView { MeetingId = meeting.Id, AuthorPersonId = personId, SubmittedAt = now };
                    db.MeetingViews.Add(views);
                }
                views.GoingWell = goingWell;
                views.Worries = worries;
                views.WhatIWant = whatIWant;
                views.FeelingAtHome = home;
                views.FeelingAtSchool = school;
                views.FeelingAboutHelp = help;
                views.UpdatedAt = now;
                await ctx.GetService<AuditTrail>().RecordAsync(db, viewer, [new AuditEntry("meeting.views.give", "Meeting", meeting.Id, meeting.FamilyId)], ctx.CancellationToken);
                views.Meeting = meeting;
                return Payload.Ok("views", views);
            }, ctx.CancellationToken);
        })
        .AddAsync("Mutation", "scheduleMeeting", async ctx =>
        {
            var viewer = await ctx.ViewerAsync();
            var input = ctx.Input();
            if (viewer.Role != ViewerRole.Practitioner && viewer.Role != ViewerRole.Manager)
            {
                return Payload.Failed("meeting", UserErrors.NotAllowed("Only a practitioner can schedule a meeting."));
            }
            if (GlobalId.DecodeAs(input.GetValueOrDefault("familyId") as string, "Family") is not { } familyId || !viewer.MayReachFamily(familyId))
            {
                return Payload.Failed("meeting", UserErrors.NotYourFamily());
            }
            var startsAt = input.GetValueOrDefault("startsAt") as DateTimeOffset? ?? default;
            var endsAt = input.GetValueOrDefault("endsAt") as DateTimeOffset? ?? default;
            var purpose = (input.GetValueOrDefault("purpose") as string ?? "").Trim();
            var location = (input.GetValueOrDefault("location") as string)?.Trim();
            var online = (input.GetValueOrDefault("onlineLink") as string)?.Trim();
            var errors = new List<object>();
            if (endsAt <= startsAt)
            {
                errors.Add(UserErrors.Invalid("endsAt", "The meeting must end after it starts."));
            }
            if (startsAt <= ctx.GetService<TimeProvider>().GetUtcNow())
            {
                errors.Add(UserErrors.Invalid("startsAt", "Choose a time in the future."));
            }
            if (purpose.Length is 0 or > 1000)
            {
                errors.Add(UserErrors.Invalid("purpose", "Say in plain words what the meeting is for (up to 1000 characters)."));
            }
            if (string.IsNullOrEmpty(location) && string.IsNullOrEmpty(online))
            {
                errors.Add(UserErrors.Invalid("location", "Say where the meeting is, or give the link to join online."));
            }
            if (!string.IsNullOrEmpty(online) && !(Uri.TryCreate(online, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps))
            {
                errors.Add(UserErrors.Invalid("onlineLink", "The online link must start with https://."));
            }
            var planArgument = input.GetValueOrDefault("planId") as string;
            var planId = GlobalId.DecodeAs(planArgument, "Plan");
            if (errors.Count > 0)
            {
                return new Payload("meeting", null, errors);
            }
            return await ctx.Database().RunAsync<Payload>(async db =>
            {
                if (planArgument is not null && (planId is null || !await db.Plans.AnyAsync(p => p.Id == planId && p.FamilyId == familyId, ctx.CancellationToken)))
                {
                    return Payload.Failed("meeting", UserErrors.NotFound("plan"));
                }
                var meeting = new Meeting
                {
                    FamilyId = familyId,
                    PlanId = planId,
                    Kind = input.GetValueOrDefault("kind") as MeetingKind? ?? MeetingKind.CoreGroup,
                    Status = MeetingStatus.Scheduled,
                    StartsAt = startsAt.ToUniversalTime(),
                    EndsAt = endsAt.ToUniversalTime(),
                    Location = string.IsNullOrEmpty(location) ? null : location,
                    OnlineLink = string.IsNullOrEmpty(online) ? null : online,
                    Purpose = purpose,
                    CalendarToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant(),
                    CreatedAt = ctx.GetService<TimeProvider>().GetUtcNow(),
                };
                db.Meetings.Add(meeting);
                await ctx.GetService<AuditTrail>().RecordAsync(db, viewer, [new AuditEntry("meeting.schedule", "Meeting", meeting.Id, familyId)], ctx.CancellationToken);
                return Payload.Ok("meeting", meeting);
            }, ctx.CancellationToken);
        });
}
