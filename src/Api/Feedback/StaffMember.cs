namespace RightHelp.Api.YouSaidWeDid;

/// <summary>A practitioner or manager acting on feedback, found through their account link.</summary>
public sealed record StaffMember(Guid WorkerId, FeedbackActor Actor);
