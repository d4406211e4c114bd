using RightHelp.Api.Families;
using RightHelp.Api.YouSaidWeDid;
using RightHelp.Api.YouSaidWeDid.GraphQL;

namespace RightHelp.Api.Authorization;

/// <summary>The rules of DESIGN section 3 as field policies.</summary>
public static class Policies
{
    /// <summary>Public content: localities, offers, the directory, published responses, the glossary.</summary>
    public static readonly FieldPolicy Public = new(nameof(Public), _ => true);

    public static readonly FieldPolicy SignedIn = new(nameof(SignedIn), access => access.Viewer.IsSignedIn);

    /// <summary>
    /// Family data: the viewer reaches the family (and, for a young person, is the plan's subject
    /// and the section is for them), and this request read the record through the audited accessor.
    /// </summary>
    public static readonly FieldPolicy FamilyRecord = new(nameof(FamilyRecord), access =>
        FamilyScope.Of(access.Source) is { } scope
        && scope.VisibleTo(access.Viewer)
        && access.Audit.WasAudited(scope.AuditKey));

    /// <summary>Workers as a family sees them in "my team": work contact details only.</summary>
    public static readonly FieldPolicy FamilyOrStaff = new(nameof(FamilyOrStaff), access => access.Viewer.IsFamilyMember || access.Viewer.IsStaff);

    /// <summary>Practitioners and managers: the writer's plain-language check.</summary>
    public static readonly FieldPolicy Staff = new(nameof(Staff), access => access.Viewer.IsStaff);

    public static readonly FieldPolicy Managers = new(nameof(Managers), access => access.Viewer.Role == ViewerRole.Manager);

    /// <summary>Feedback for staff who cover its locality (feedback that named none is the whole council's).</summary>
    public static readonly FieldPolicy FeedbackForStaff = new(nameof(FeedbackForStaff), access =>
        access.Source is StaffFeedbackView feedback && FeedbackViewer.Covers(access.Viewer, feedback.LocalityId));

    public static readonly FieldPolicy ResponseForStaff = new(nameof(ResponseForStaff), access =>
        access.Source is FeedbackResponseView response && FeedbackViewer.Covers(access.Viewer, response.LocalityId));

    /// <summary>Named feedback, only to the person who gave it.</summary>
    public static readonly FieldPolicy OwnFeedback = new(nameof(OwnFeedback), access =>
        access.Source is PersonFeedbackView feedback && access.Viewer.IsFamilyMember && access.Viewer.PersonId == feedback.AuthorPersonId);

    /// <summary>The answer inside <see cref="OwnFeedback"/>: reachable only through it.</summary>
    public static readonly FieldPolicy FamilyMember = new(nameof(FamilyMember), access => access.Viewer.IsFamilyMember);

    /// <summary>Family data only staff need, such as the Markdown a plan was written in.</summary>
    public static readonly FieldPolicy StaffFamilyRecord = new(nameof(StaffFamilyRecord), access =>
        access.Viewer.IsStaff && FamilyRecord.Allows(access));
}
