using RightHelp.Api.Calendar;
using RightHelp.Api.Data;
using RightHelp.Api.Families;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Meetings;

public static class MeetingResolvers
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Query", "meeting", async ctx =>
        {
            var viewer = await ctx.ViewerAsync();
            return ctx.GlobalIdArgument("id", "Meeting") is { } id
                   && await ctx.FamilyData().MeetingAsync(viewer, id, ctx.CancellationToken) is { } meeting
                ? meeting
                : throw ResolveContextExtensions.NotFound();
        })
        .Add("Meeting", "id", ctx => GlobalId.Encode("Meeting", ctx.GetSource<Meeting>().Id))
        .Add("Meeting", "kindName", ctx => MeetingWords.Name(ctx.GetSource<Meeting>().Kind))
        .Add("Meeting", "kindExplanation", ctx => MeetingWords.Explanation(ctx.GetSource<Meeting>().Kind))
        .Add("Meeting", "attendees", ctx =>
        {
            var meeting = ctx.GetSource<Meeting>();
            foreach (var attendee in meeting.Attendees)
            {
                attendee.Meeting = meeting;
            }
            return meeting.Attendees;
        })
        .Add("Meeting", "calendarUrl", ctx => ctx.GetService<CalendarLinks>().For(ctx.GetSource<Meeting>()).AbsoluteUri)
        .AddAsync("Meeting", "views", async ctx =>
        {
            var meeting = ctx.GetSource<Meeting>();
            return await ctx.Loader<Guid, IReadOnlyList<MeetingView>>("meetingViews", async (viewer, ids, ct) =>
                FamilyResolvers.Group(await ctx.FamilyData().MeetingViewsAsync(viewer, ids, ct), v => v.MeetingId)).LoadAsync(meeting.Id) ?? [];
        })
        .Add("MeetingViews", "givenBy", ctx => ctx.GetSource<MeetingView>().AuthorPerson is { } person ? person.PreferredName ?? person.GivenName : "");
}
