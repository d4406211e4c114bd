namespace RightHelp.Api.Data;

public enum MeetingKind
{
    CoreGroup,
    ReviewConference,
    TeamAroundTheFamilyReview,
    ChildInCareReview,
    FamilyGroupConference,
}
