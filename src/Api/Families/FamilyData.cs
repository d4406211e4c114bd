using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Audit;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;

namespace RightHelp.Api.Families;

/// <summary>
/// The one way resolvers read family data. Each read is limited to what the viewer may see and
/// writes its audit events in the same round trip; batch methods serve DataLoaders, so a page of
/// families costs a fixed number of commands however many plans it holds.
/// </summary>
public sealed class FamilyData(RequestDatabase database, AuditTrail audit)
{
    public Task<IReadOnlyList<Family>> FamiliesAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var reachable = ids.Where(viewer.MayReachFamily).ToList();
        if (reachable.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<Family>>([]);
        }
        return ReadAsync(viewer, "family.read",
            db => db.Families.AsNoTracking().Where(f => reachable.Contains(f.Id)).OrderBy(f => f.DisplayName).ToListAsync(cancellationToken),
            cancellationToken);
    }

    public async Task<Plan?> PlanAsync(Viewer viewer, Guid id, CancellationToken cancellationToken)
        => (await PlansAsync(viewer, [id], cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<Plan>> PlansAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
        => ReadAsync(viewer, "plan.read",
            db => VisiblePlans(db, viewer).Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken),
            cancellationToken);

    public Task<IReadOnlyList<Plan>> PlansOfFamiliesAsync(Viewer viewer, IReadOnlyCollection<Guid> familyIds, CancellationToken cancellationToken)
        => ReadAsync(viewer, "plan.read",
            db => VisiblePlans(db, viewer).Where(p => familyIds.Contains(p.FamilyId))
                .OrderBy(p => p.Status).ThenByDescending(p => p.StartedOn).ToListAsync(cancellationToken),
            cancellationToken);

    /// <summary>The latest version of each plan (already read through this accessor) with the sections and actions the viewer may see.</summary>
    public async Task<IReadOnlyDictionary<Guid, PlanVersion>> LatestVersionsAsync(Viewer viewer, IReadOnlyCollection<Guid> planIds, CancellationToken cancellationToken)
    {
        var allowed = planIds.Where(id => audit.WasAudited(("Plan", id))).ToList();
        if (allowed.Count == 0)
        {
            return new Dictionary<Guid, PlanVersion>();
        }
        var versions = await database.RunAsync(db => db.PlanVersions.AsNoTracking()
            .Where(v => allowed.Contains(v.PlanId) && v.Number == db.PlanVersions.Where(o => o.PlanId == v.PlanId).Max(o => o.Number))
            .Include(v => v.Sections.OrderBy(s => s.Position))
            .Include(v => v.Actions.OrderBy(a => a.Position))
            .AsSplitQuery()
            .ToListAsync(cancellationToken), cancellationToken);
        return versions.ToDictionary(v => v.PlanId, v => Filter(viewer, v));
    }

    /// <summary>The version each plan had when this family member last looked, for "what changed".</summary>
    public async Task<IReadOnlyDictionary<Guid, PlanVersion>> LastViewedVersionsAsync(Viewer viewer, IReadOnlyCollection<Guid> planIds, CancellationToken cancellationToken)
    {
        var allowed = planIds.Where(id => audit.WasAudited(("Plan", id))).ToList();
        if (allowed.Count == 0 || viewer.PersonId is not { } personId)
        {
            return new Dictionary<Guid, PlanVersion>();
        }
        var versions = await database.RunAsync(db => db.PlanVersions.AsNoTracking()
            .Where(v => v.Id == db.PlanViews
                .Where(pv => pv.PersonId == personId && pv.PlanId == v.PlanId && allowed.Contains(pv.PlanId))
                .OrderByDescending(pv => pv.ViewedAt).Select(pv => pv.PlanVersionId).FirstOrDefault())
            .Include(v => v.Sections)
            .Include(v => v.Actions)
            .AsSplitQuery()
            .ToListAsync(cancellationToken), cancellationToken);
        return versions.ToDictionary(v => v.PlanId, v => Filter(viewer, v));
    }

    public async Task<Meeting?> MeetingAsync(Viewer viewer, Guid id, CancellationToken cancellationToken)
        => (await ReadAsync(viewer, "meeting.read",
            db => VisibleMeetings(db, viewer).Where(m => m.Id == id).ToListAsync(cancellationToken),
            cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<Meeting>> MeetingsOfFamiliesAsync(Viewer viewer, IReadOnlyCollection<Guid> familyIds, DateTimeOffset from, CancellationToken cancellationToken)
        => ReadAsync(viewer, "meeting.read",
            db => VisibleMeetings(db, viewer)
                .Where(m => familyIds.Contains(m.FamilyId) && m.EndsAt >= from && m.Status != MeetingStatus.Cancelled)
                .OrderBy(m => m.StartsAt).ToListAsync(cancellationToken),
            cancellationToken);

    /// <summary>Views given before a meeting: a family member sees their own, a practitioner all of them.</summary>
    public Task<IReadOnlyList<MeetingView>> MeetingViewsAsync(Viewer viewer, IReadOnlyCollection<Guid> meetingIds, CancellationToken cancellationToken)
    {
        var allowed = meetingIds.Where(id => audit.WasAudited(("Meeting", id))).ToList();
        return ReadAsync(viewer, "meeting.views.read",
            db => db.MeetingViews.AsNoTracking().Include(v => v.Meeting).ThenInclude(m => m!.Plan).Include(v => v.AuthorPerson)
                .Where(v => allowed.Contains(v.MeetingId) && (!viewer.IsFamilyMember || v.AuthorPersonId == viewer.PersonId))
                .ToListAsync(cancellationToken),
            cancellationToken,
            v => new AuditEntry("meeting.views.read", "Meeting", v.MeetingId, v.Meeting!.FamilyId));
    }

    public async Task<Question?> QuestionAsync(Viewer viewer, Guid id, CancellationToken cancellationToken)
        => (await ReadAsync(viewer, "question.read",
            db => VisibleQuestions(db, viewer).Where(q => q.Id == id).ToListAsync(cancellationToken),
            cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<Question>> QuestionsOfFamiliesAsync(Viewer viewer, IReadOnlyCollection<Guid> familyIds, CancellationToken cancellationToken)
        => ReadAsync(viewer, "question.read",
            db => VisibleQuestions(db, viewer).Where(q => familyIds.Contains(q.FamilyId))
                .OrderByDescending(q => q.AskedAt).ToListAsync(cancellationToken),
            cancellationToken);

    /// <summary>"Who has looked at my plan": reads of the plan from the audit log, as role and team only.</summary>
    public Task<IReadOnlyList<PlanRead>> PlanReadsAsync(Viewer viewer, Guid planId, CancellationToken cancellationToken)
    {
        if (!audit.WasAudited(("Plan", planId)))
        {
            return Task.FromResult<IReadOnlyList<PlanRead>>([]);
        }
        return database.RunAsync<IReadOnlyList<PlanRead>>(async db => await db.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == "Plan" && e.EntityId == planId && e.Action == "plan.read")
            .OrderByDescending(e => e.OccurredAt)
            .Take(100)
            .Select(e => new PlanRead(e.ActorRole, e.ActorTeam, e.OccurredAt))
            .ToListAsync(cancellationToken), cancellationToken);
    }

    private static IQueryable<Plan> VisiblePlans(PortalDbContext db, Viewer viewer)
    {
        var families = viewer.FamilyIds.Where(viewer.MayReachFamily).ToList();
        var plans = db.Plans.AsNoTracking().Where(p => families.Contains(p.FamilyId));
        return viewer.Role == ViewerRole.YoungPerson ? plans.Where(p => p.SubjectPersonId == viewer.PersonId) : plans;
    }

    private static IQueryable<Meeting> VisibleMeetings(PortalDbContext db, Viewer viewer)
    {
        var families = viewer.FamilyIds.Where(viewer.MayReachFamily).ToList();
        var meetings = db.Meetings.AsNoTracking().Include(m => m.Plan).Include(m => m.Attendees.OrderBy(a => a.Name))
            .Where(m => families.Contains(m.FamilyId));
        return viewer.Role == ViewerRole.YoungPerson
            ? meetings.Where(m => (m.Plan != null && m.Plan.SubjectPersonId == viewer.PersonId) || m.Attendees.Any(a => a.PersonId == viewer.PersonId))
            : meetings;
    }

    private static IQueryable<Question> VisibleQuestions(PortalDbContext db, Viewer viewer)
    {
        var families = viewer.FamilyIds.Where(viewer.MayReachFamily).ToList();
        var questions = db.Questions.AsNoTracking().Where(q => families.Contains(q.FamilyId));
        return viewer.IsFamilyMember ? questions.Where(q => q.AskedById == viewer.PersonId) : questions;
    }

    private static PlanVersion Filter(Viewer viewer, PlanVersion version)
    {
        version.Sections = [.. version.Sections.Where(s => viewer.MaySeeAudience(s.Audience)).OrderBy(s => s.Position)];
        version.Actions = [.. version.Actions.Where(a => viewer.MaySeeAudience(a.Audience)).OrderBy(a => a.Position)];
        return version;
    }

    private Task<IReadOnlyList<T>> ReadAsync<T>(Viewer viewer, string action, Func<PortalDbContext, Task<List<T>>> query,
        CancellationToken cancellationToken, Func<T, AuditEntry>? entry = null)
        where T : class
        => database.RunAsync<IReadOnlyList<T>>(async db =>
        {
            var rows = await query(db);
            var visible = rows.Where(r => FamilyScope.Of(r)?.VisibleTo(viewer) == true).ToList();
            await audit.RecordAsync(db, viewer, visible.Select(r => entry?.Invoke(r) ?? Entry(action, r)), cancellationToken);
            return visible;
        }, cancellationToken);

    private static AuditEntry Entry(string action, object row)
    {
        var scope = FamilyScope.Of(row) ?? throw new InvalidOperationException($"{row.GetType().Name} is not family data.");
        return new AuditEntry(action, scope.EntityType, scope.EntityId, scope.FamilyId);
    }
}
