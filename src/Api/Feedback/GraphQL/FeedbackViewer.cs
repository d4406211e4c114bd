using RightHelp.Api.Authorization;

namespace RightHelp.Api.YouSaidWeDid.GraphQL;

/// <summary>The feedback service's view of who is asking, from the Api's <see cref="Viewer"/>.</summary>
public static class FeedbackViewer
{
    public static FeedbackActor Actor(Viewer viewer) => new(viewer.Issuer, viewer.Subject, viewer.AuditRole, viewer.TeamName);

    /// <summary>Named only for a signed-in family member; anyone else gives feedback with nothing that identifies them.</summary>
    public static FeedbackSubmitter Submitter(Viewer viewer)
        => viewer.IsFamilyMember && viewer.PersonId is { } personId ? FeedbackSubmitter.Named(personId, Actor(viewer)) : FeedbackSubmitter.Anonymous;

    public static StaffMember? Staff(Viewer viewer)
        => viewer.IsStaff && viewer.WorkerId is { } workerId ? new StaffMember(workerId, Actor(viewer)) : null;

    public static bool Covers(Viewer viewer, Guid? localityId)
        => viewer.IsStaff && (localityId is null || viewer.LocalityIds.Contains(localityId.Value));
}
