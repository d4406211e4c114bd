using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.Plans;

namespace RightHelp.Api.Families;

/// <summary>
/// The family, the audited record and the audience of any object that holds family data: the
/// one list the field rules consult, so an object type missing here is simply never shown.
/// </summary>
/// <param name="PlanSubjectId">A young person sees the object only when they are the plan's subject.</param>
/// <param name="OwnerPersonId">A family member sees the object only when it is theirs (a question, their views).</param>
/// <remarks>A struct: the field rules work one out for every family field resolved (about 450 on a plan page).</remarks>
public readonly record struct FamilyScope(Guid FamilyId, string EntityType, Guid EntityId, Guid? PlanSubjectId = null, Audience? Audience = null, Guid? OwnerPersonId = null)
{
    public static FamilyScope? Of(object? source) => source switch
    {
        Family family => new(family.Id, "Family", family.Id),
        Plan plan => new(plan.FamilyId, "Plan", plan.Id, plan.SubjectPersonId),
        SectionView section => new(section.Plan.FamilyId, "Plan", section.Plan.Id, section.Plan.SubjectPersonId, section.Section.Audience),
        ActionView action => new(action.Plan.FamilyId, "Plan", action.Plan.Id, action.Plan.SubjectPersonId, action.Action.Audience),
        SectionBody body => Of(body.Section),
        PlanViewEntry entry => new(entry.Plan.FamilyId, "Plan", entry.Plan.Id, entry.Plan.SubjectPersonId),
        PlanChangesView changes => new(changes.Plan.FamilyId, "Plan", changes.Plan.Id, changes.Plan.SubjectPersonId),
        Meeting meeting => new(meeting.FamilyId, "Meeting", meeting.Id, meeting.Plan?.SubjectPersonId),
        MeetingAttendee { Meeting: { } meeting } => new(meeting.FamilyId, "Meeting", meeting.Id, meeting.Plan?.SubjectPersonId),
        MeetingView { Meeting: { } meeting } view => new(meeting.FamilyId, "Meeting", meeting.Id, meeting.Plan?.SubjectPersonId, null, view.AuthorPersonId),
        Question question => new(question.FamilyId, "Question", question.Id, null, null, question.AskedById),
        _ => null,
    };

    public bool VisibleTo(Viewer viewer)
        => (PlanSubjectId is { } subject ? viewer.MaySeePlan(FamilyId, subject) : viewer.MayReachFamily(FamilyId))
           && (Audience is not { } audience || viewer.MaySeeAudience(audience))
           && (OwnerPersonId is not { } owner || !viewer.IsFamilyMember || owner == viewer.PersonId);

    /// <summary>The key under which the audited accessor records that this request read the record.</summary>
    public (string, Guid) AuditKey => (EntityType, EntityId);
}
