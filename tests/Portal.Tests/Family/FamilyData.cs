using RightHelp.Portal.Api.Family;

namespace RightHelp.Portal.Tests.Family;

/// <summary>A fictional family, as the Api would return it, for rendering the family pages.</summary>
public static class FamilyData
{
    /// <summary>Tuesday 8 December 2026, 10am in London (GMT, so the same in UTC).</summary>
    public static readonly DateTimeOffset MeetingStart = new(2026, 12, 8, 10, 0, 0, TimeSpan.Zero);

    public static TeamMember Worker(DateOnly? leavingOn = null, TeamMember? successor = null) => new(
        "Priya Shah", "she/her", "Family support worker", "North hub",
        "I help families find the help they need. I like to meet at home or at the park.",
        "priya.shah@northshire.example.test", "01632 960 201", "Monday to Thursday, 9am to 5pm",
        leavingOn, successor);

    public static TeamMember NextWorker() => new(
        "Tom Reed", null, "Family support worker", "North hub", "I have two dogs and I love to cook.",
        "tom.reed@northshire.example.test", "01632 960 202", "Monday to Friday", null, null);

    public static FamilySummary Family(MeetingSummary? nextMeeting = null) => new(
        "RmFtaWx5OjE=", "The Harlow family",
        [new PlanSummary("UGxhbjox", "Early help plan", "Jordan", "ACTIVE", 2, MeetingStart.AddDays(-10))],
        nextMeeting,
        [Worker()]);

    public static MeetingSummary NextMeeting() => new("TWVldGluZzox", "Team around the family review", MeetingStart, "North hub, 1 Harbour Road", null);

    public static PlanAction Action(string what, ActionStatus status) => new("Priya", what, new DateOnly(2026, 12, 18), status);

    public static Plan Plan(PlanChanges? changes = null) => new(
        "UGxhbjox", "Early help plan", "ACTIVE", "Jordan", new DateOnly(2026, 9, 1), Worker(), 2, MeetingStart.AddDays(-10),
        [
            new PlanSection("WHAT_WE_ARE_WORRIED_ABOUT", "What we are worried about", "EVERYONE",
                new PlainText("<p>Jordan has missed school. The <span class=\"term\"><dfn>TAF</dfn> (team around the family)</span> will meet.</p>", "Jordan has missed school.", 8.5, [new ExplainedTerm("TAF", "team around the family")])),
            new PlanSection("WHAT_IS_WORKING_WELL", "What is working well", "EVERYONE",
                new PlainText("<p>Jordan loves football.</p>", "Jordan loves football.", 7, [])),
        ],
        [Action("Find a football club", ActionStatus.Done), Action("Meet the school", ActionStatus.InProgress), Action("Book a dentist", ActionStatus.NotStarted)],
        changes,
        [new PlanViewEntry("Family support worker", "North hub", MeetingStart.AddDays(-3))]);

    public static Meeting Meeting(string? onlineLink = null) => new(
        "TWVldGluZzox", "Team around the family review", "A meeting to check how the plan is going.",
        MeetingStart, MeetingStart.AddMinutes(90), "North hub, 1 Harbour Road", onlineLink,
        "To look at what has changed and agree what happens next.",
        [new MeetingAttendee("Priya Shah", "Family support worker"), new MeetingAttendee("Ms Cole", "Jordan's teacher")],
        "https://api.example.test/meetings/5d0c.ics?token=secret", []);
}
