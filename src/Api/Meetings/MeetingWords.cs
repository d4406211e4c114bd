using RightHelp.Api.Data;

namespace RightHelp.Api.Meetings;

/// <summary>Meeting kinds in the words a family would use, for the page and the calendar entry.</summary>
public static class MeetingWords
{
    public static string Name(MeetingKind kind) => kind switch
    {
        MeetingKind.CoreGroup => "Meeting to check how the plan is going",
        MeetingKind.ReviewConference => "Meeting to look again at the child protection plan",
        MeetingKind.TeamAroundTheFamilyReview => "Meeting with the people helping your family",
        MeetingKind.ChildInCareReview => "Meeting to check how things are going in care",
        MeetingKind.FamilyGroupConference => "Family meeting to make a plan together",
        _ => "Meeting about your family's plan",
    };

    public static string Explanation(MeetingKind kind) => kind switch
    {
        MeetingKind.CoreGroup => "Your family and the workers who help you meet to check what has been done and what still needs to happen.",
        MeetingKind.ReviewConference => "A meeting, led by someone who does not work with your family, to decide if the plan is still needed and what should change.",
        MeetingKind.TeamAroundTheFamilyReview => "Everyone who helps your family meets with you to see how things are going and what to do next.",
        MeetingKind.ChildInCareReview => "A meeting to hear how the child is, and to check they get what they need. The child can have their say.",
        MeetingKind.FamilyGroupConference => "Your family and friends meet to make a plan. You get time on your own, without workers, to talk it through.",
        _ => "A meeting about your family's plan.",
    };
}
