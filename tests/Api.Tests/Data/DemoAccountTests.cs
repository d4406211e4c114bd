using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Data;

/// <summary>The demo sign-ins reach exactly what the demo journeys need, and no more.</summary>
public sealed class DemoAccountTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private PortalDbContext db = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateSeededAsync();
        db = PortalDatabase.CreateContext(database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Demo_worker_has_family_A_on_their_caseload_but_not_family_B()
    {
        var link = await LinkAsync(DemoAccounts.WorkerSubject);

        var families = await db.CaseloadEntries.Where(c => c.WorkerId == link.WorkerId).Select(c => c.FamilyId).ToListAsync();

        Assert.Equal(AccountRelationship.Worker, link.Relationship);
        Assert.Contains(DemoFamiliesNorth.HarlowFamily, families);
        Assert.DoesNotContain(DemoFamiliesSouth.AshbyFamily, families);
        Assert.Equal(WorkerRole.Practitioner, (await db.Workers.SingleAsync(w => w.Id == link.WorkerId)).Role);
    }

    [Fact]
    public async Task The_two_demo_parents_are_in_different_families()
    {
        var parent = await LinkAsync(DemoAccounts.ParentSubject);
        var parent2 = await LinkAsync(DemoAccounts.Parent2Subject);

        var family = await db.People.Where(p => p.Id == parent.PersonId).Select(p => p.FamilyId).SingleAsync();
        var family2 = await db.People.Where(p => p.Id == parent2.PersonId).Select(p => p.FamilyId).SingleAsync();

        Assert.Equal(AccountRelationship.ParentOrCarer, parent.Relationship);
        Assert.Equal(DemoFamiliesNorth.HarlowFamily, family);
        Assert.Equal(DemoFamiliesSouth.AshbyFamily, family2);
    }

    [Fact]
    public async Task Demo_young_person_is_the_subject_of_a_plan_in_family_A_with_sections_for_them()
    {
        var link = await LinkAsync(DemoAccounts.YoungPersonSubject);

        var plan = await db.Plans.Include(p => p.Versions).ThenInclude(v => v.Sections).SingleAsync(p => p.SubjectPersonId == link.PersonId);

        Assert.Equal(AccountRelationship.YoungPerson, link.Relationship);
        Assert.Equal(DemoFamiliesNorth.HarlowFamily, plan.FamilyId);
        Assert.True(plan.Versions.Count >= 2);
        var latest = plan.Versions.MaxBy(v => v.Number)!;
        Assert.Contains(latest.Sections, s => s.Audience == Audience.YoungPerson);
        Assert.Contains(latest.Sections, s => s.Audience == Audience.ParentsAndCarers);
    }

    [Fact]
    public async Task Demo_parent_last_saw_an_older_version_so_there_is_something_new()
    {
        var link = await LinkAsync(DemoAccounts.ParentSubject);

        var lastSeen = await db.PlanViews.Where(v => v.PersonId == link.PersonId).OrderByDescending(v => v.ViewedAt).Select(v => v.PlanVersion!.Number).FirstAsync();
        var latest = await db.PlanVersions.Where(v => v.PlanId == DemoFamiliesNorth.HarlowPlan).MaxAsync(v => v.Number);

        Assert.True(latest > lastSeen);
    }

    [Fact]
    public async Task Demo_manager_covers_two_localities()
    {
        var link = await LinkAsync(DemoAccounts.ManagerSubject);

        var manager = await db.Workers.Include(w => w.Localities).SingleAsync(w => w.Id == link.WorkerId);

        Assert.Equal(WorkerRole.Manager, manager.Role);
        Assert.Equal(2, manager.Localities.Count);
    }

    [Fact]
    public async Task Demo_school_partner_belongs_to_a_school_with_listings()
    {
        var link = await LinkAsync(DemoAccounts.SchoolSubject);

        var school = await db.Organizations.Include(o => o.Services).SingleAsync(o => o.Id == link.OrganizationId);

        Assert.Equal(AccountRelationship.PartnerMember, link.Relationship);
        Assert.Equal(OrganizationType.School, school.Type);
        Assert.NotEmpty(school.Services);
    }

    [Fact]
    public async Task Demo_editor_is_linked_to_nothing_but_the_editor_role()
    {
        var link = await LinkAsync(DemoAccounts.EditorSubject);

        Assert.Equal(AccountRelationship.Editor, link.Relationship);
        Assert.Null(link.PersonId);
        Assert.Null(link.WorkerId);
        Assert.Null(link.OrganizationId);
    }

    [Fact]
    public async Task A_demo_worker_is_leaving_soon_and_has_a_successor()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var leaving = await db.Workers.Where(w => w.LeavingOn != null && w.LeavingOn > today && w.SuccessorId != null).ToListAsync();

        Assert.NotEmpty(leaving);
    }

    [Fact]
    public async Task Demo_plans_use_the_jargon_plain_language_work_must_explain()
    {
        var bodies = string.Join("\n", await db.PlanSections.Select(s => s.Body).ToListAsync());

        foreach (var term in new[] { "CP", "CIN", "LAC", "TAF", "core group", "s47", "PLO", "IRO", "FGC", "CAMHS", "EHCP", "failed to engage", "placement", "non-compliant" })
        {
            Assert.Contains(term, bodies, StringComparison.Ordinal);
        }
    }

    private Task<AccountLink> LinkAsync(string subject)
        => db.AccountLinks.SingleAsync(a => a.Issuer == DemoAccounts.Issuer && a.Subject == subject);
}
