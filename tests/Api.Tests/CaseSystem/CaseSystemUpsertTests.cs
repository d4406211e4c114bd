using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.Tests.GraphQL;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.Api.Tests.YouSaidWeDid.Http;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.CaseSystem;

/// <summary>
/// The case system's feed through the real Api over HTTP, with client credentials tokens shaped
/// like Identity's: idempotent upserts by its own references, new plan versions only when the
/// content changed (and the parent sees what changed), kind errors that store nothing, and no
/// reading of family data. Real PostgreSQL with the demo data.
/// </summary>
public sealed class CaseSystemUpsertTests : IAsyncLifetime
{
    private const string Client = "case-system-test";

    private const string UpsertFamily = """
        mutation($input: UpsertFamilyInput!) { upsertFamily(input: $input) {
          family { id reference name locality people { id reference } } errors { __typename message ... on ValidationError { field } } } }
        """;

    private const string UpsertPlan = """
        mutation($input: UpsertPlanInput!) { upsertPlan(input: $input) {
          plan { id reference familyReference version newVersion } errors { __typename message ... on ValidationError { field } } } }
        """;

    private const string UpsertMeeting = """
        mutation($input: UpsertMeetingInput!) { upsertMeeting(input: $input) {
          meeting { id reference startsAt endsAt } errors { __typename message ... on ValidationError { field } } } }
        """;

    private TestDatabase database = null!;
    private FeedbackApiServer api = null!;
    private readonly string key = Guid.NewGuid().ToString("N")[..8];

    private string CaseSystem => api.Tokens.ForClient(Client, "plans.write");

    private string FamilyRef => $"FAM-{key}";

    private string PlanRef => $"PLAN-{key}";

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateSeededAsync();
        api = new FeedbackApiServer(database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Sending_the_same_family_plan_and_meeting_twice_stores_each_once()
    {
        var first = await SendFamilyAndPlanAsync();
        var again = await SendFamilyAndPlanAsync();
        var meeting = await api.PostAsync(UpsertMeeting, new { input = Meeting() }, CaseSystem);
        var meetingAgain = await api.PostAsync(UpsertMeeting, new { input = Meeting() }, CaseSystem);

        Assert.Equal(first.Family.GetProperty("id").GetString(), again.Family.GetProperty("id").GetString());
        Assert.Equal(["PER-" + key + "-mum", "PER-" + key + "-sky"], again.Family.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("reference").GetString()));
        Assert.Equal(first.Plan.GetProperty("id").GetString(), again.Plan.GetProperty("id").GetString());
        Assert.True(first.Plan.GetProperty("newVersion").GetBoolean());
        Assert.False(again.Plan.GetProperty("newVersion").GetBoolean());
        Assert.Equal(1, again.Plan.GetProperty("version").GetInt32());
        Assert.Equal(Payload(meeting, "upsertMeeting", "meeting").GetProperty("id").GetString(), Payload(meetingAgain, "upsertMeeting", "meeting").GetProperty("id").GetString());
        await using var db = PortalDatabase.CreateContext(database.ConnectionString);
        Assert.Equal(1, await db.Families.CountAsync(f => f.ExternalSource == Client && f.ExternalReference == FamilyRef));
        Assert.Equal(2, await db.People.CountAsync(p => p.ExternalSource == Client && p.ExternalReference!.StartsWith("PER-" + key)));
        var plan = await db.Plans.SingleAsync(p => p.ExternalSource == Client && p.ExternalReference == PlanRef);
        Assert.Equal(1, await db.PlanVersions.CountAsync(v => v.PlanId == plan.Id));
        Assert.Equal(PlanKind.ChildInNeed, plan.Kind);
        Assert.Equal(DemoWorkers.PriyaNatt, plan.LeadWorkerId);
        var stored = await db.Meetings.Include(m => m.Attendees).SingleAsync(m => m.ExternalSource == Client && m.ExternalReference == $"MTG-{key}");
        Assert.Equal(2, stored.Attendees.Count);
        Assert.Equal(new DateTimeOffset(2031, 6, 3, 9, 30, 0, TimeSpan.Zero), stored.StartsAt);
        Assert.Equal(MeetingKind.CoreGroup, stored.Kind);
        Assert.Contains(await db.AuditEvents.Where(a => a.FamilyId == plan.FamilyId).Select(a => new { a.Action, a.ActorRole, a.ActorSubject }).ToListAsync(),
            a => a.Action == "plan.publish" && a.ActorRole == "case_system" && a.ActorSubject == Client);
    }

    [Fact]
    public async Task Changed_content_publishes_a_new_version_and_the_parent_sees_what_changed()
    {
        var sent = await SendFamilyAndPlanAsync();
        var planId = sent.Plan.GetProperty("id").GetString()!;
        var parent = await LinkParentAsync();
        var seen = (await api.PostAsync("mutation($input: MarkPlanSeenInput!) { markPlanSeen(input: $input) { plan { version } errors { message } } }",
            new { input = new { planId } }, parent)).Ok().GetProperty("markPlanSeen");
        Assert.Equal(1, seen.GetProperty("plan").GetProperty("version").GetInt32());

        var changed = Plan(worries: "Sky has missed school on Mondays. This term Sky has been to school every day.", firstActionStatus: "done");
        var second = Payload(await api.PostAsync(UpsertPlan, new { input = changed }, CaseSystem), "upsertPlan", "plan");
        var third = Payload(await api.PostAsync(UpsertPlan, new { input = changed }, CaseSystem), "upsertPlan", "plan");

        Assert.True(second.GetProperty("newVersion").GetBoolean());
        Assert.Equal(2, second.GetProperty("version").GetInt32());
        Assert.False(third.GetProperty("newVersion").GetBoolean());
        var plan = (await api.PostAsync("""
            query($id: ID!) { plan(id: $id) { version sections { heading body { text } } changesSinceLastViewed { lastViewedVersion currentVersion sectionsChanged
              actionsAdded { what } actionsDone { what status } } } }
            """, new { id = planId }, parent)).Ok().GetProperty("plan");
        Assert.Equal(2, plan.GetProperty("version").GetInt32());
        var changes = plan.GetProperty("changesSinceLastViewed");
        Assert.Equal(1, changes.GetProperty("lastViewedVersion").GetInt32());
        Assert.Equal(["What we are worried about"], changes.GetProperty("sectionsChanged").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["Take Sky to the school nurse"], changes.GetProperty("actionsDone").EnumerateArray().Select(a => a.GetProperty("what").GetString()));
        Assert.Empty(changes.GetProperty("actionsAdded").EnumerateArray());
        // The section for the young person only is not for a parent.
        Assert.DoesNotContain(plan.GetProperty("sections").EnumerateArray(), s => s.GetProperty("body").GetProperty("text").GetString()!.Contains("Sky's own words", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_lead_practitioner_gets_the_family_on_their_caseload()
    {
        await SendFamilyAndPlanAsync();

        var families = (await api.PostAsync("{ me { families { displayName plans { kind } } } }", token: api.Tokens.For(DemoAccounts.WorkerSubject, "practitioner")))
            .Ok().GetProperty("me").GetProperty("families").EnumerateArray().ToList();

        Assert.Contains(families, f => f.GetProperty("displayName").GetString() == $"Rowan family {key}"
            && f.GetProperty("plans").EnumerateArray().Single().GetProperty("kind").GetString() == "CHILD_IN_NEED");
    }

    [Fact]
    public async Task A_plan_with_mistakes_comes_back_with_kind_errors_and_nothing_is_stored()
    {
        await SendFamilyAndPlanAsync();
        var input = new
        {
            reference = $"PLAN-{key}-bad",
            familyReference = "FAM-nobody",
            kind = "child in need",
            subjectReferences = new[] { $"PER-{key}-sky" },
            leadWorkerEmail = DemoAccounts.WorkerEmail,
            version = new
            {
                changeNote = "First plan",
                sections = new object[]
                {
                    new { heading = "", markdown = "Some text", audience = "everyone" },
                    new { heading = "What is working well", markdown = "Sky likes football.", audience = "the neighbours" },
                },
                actions = new[] { new { who = "Mum", what = "Ring the school", byWhen = "31/12/2031", status = "not started", audience = "everyone" } },
            },
        };

        var errors = Errors(await api.PostAsync(UpsertPlan, new { input }, CaseSystem), "upsertPlan", "plan");

        Assert.Contains(errors, e => e.Field == "familyReference" && e.Message.Contains("Send it with upsertFamily first", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "version.sections[0].heading" && e.Message.StartsWith("Say which heading", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "version.sections[1].audience" && e.Message.Contains("\"the neighbours\"", StringComparison.Ordinal) && e.Message.Contains("\"parents and carers\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "version.actions[0].byWhen" && e.Message.Contains("such as 2026-03-29", StringComparison.Ordinal));
        await using var db = PortalDatabase.CreateContext(database.ConnectionString);
        Assert.False(await db.Plans.AnyAsync(p => p.ExternalReference == $"PLAN-{key}-bad"));
    }

    [Fact]
    public async Task A_family_or_meeting_with_mistakes_comes_back_with_kind_errors_and_nothing_is_stored()
    {
        var family = new
        {
            reference = $"FAM-{key}-bad",
            name = "Rowan family",
            locality = "Atlantis",
            people = new[]
            {
                new { reference = $"PER-{key}-x", givenName = "Sky", familyName = "Rowan", role = "cousin", dateOfBirth = "2014-02-30", email = (string?)null },
                new { reference = $"PER-{key}-x", givenName = "", familyName = "Rowan", role = "parent", dateOfBirth = "2099-01-01", email = (string?)"not an email" },
            },
        };
        var familyErrors = Errors(await api.PostAsync(UpsertFamily, new { input = family }, CaseSystem), "upsertFamily", "family");
        var meetingErrors = Errors(await api.PostAsync(UpsertMeeting, new { input = Meeting() with { FamilyReference = $"FAM-{key}-bad", StartsAt = "next Tuesday", JoinUrl = "http://meet.example.test/x", Place = null } }, CaseSystem), "upsertMeeting", "meeting");

        Assert.Contains(familyErrors, e => e.Field == "locality" && e.Message.Contains("\"North\"", StringComparison.Ordinal));
        Assert.Contains(familyErrors, e => e.Field == "people[0].role" && e.Message.Contains("\"cousin\"", StringComparison.Ordinal));
        Assert.Contains(familyErrors, e => e.Field == "people[0].dateOfBirth" && e.Message.Contains("\"2014-02-30\"", StringComparison.Ordinal));
        Assert.Contains(familyErrors, e => e.Field == "people[1].givenName");
        Assert.Contains(familyErrors, e => e.Field == "people[1].dateOfBirth" && e.Message.Contains("future", StringComparison.Ordinal));
        Assert.Contains(familyErrors, e => e.Field == "people[1].email");
        Assert.Contains(familyErrors, e => e.Field == "people[1].reference" && e.Message.Contains("two people", StringComparison.Ordinal));
        Assert.Contains(meetingErrors, e => e.Field == "startsAt" && e.Message.Contains("\"next Tuesday\"", StringComparison.Ordinal));
        Assert.Contains(meetingErrors, e => e.Field == "joinUrl" && e.Message.Contains("https://", StringComparison.Ordinal));
        Assert.Contains(meetingErrors, e => e.Field == "familyReference");
        await using var db = PortalDatabase.CreateContext(database.ConnectionString);
        Assert.False(await db.Families.AnyAsync(f => f.ExternalReference == $"FAM-{key}-bad"));
        Assert.False(await db.People.AnyAsync(p => p.ExternalReference == $"PER-{key}-x"));
        Assert.False(await db.Meetings.AnyAsync(m => m.ExternalReference == $"MTG-{key}"));
    }

    [Fact]
    public async Task Parents_practitioners_and_other_clients_cannot_call_the_case_system_mutations()
    {
        var tokens = new[]
        {
            api.Tokens.For(DemoAccounts.ParentSubject, "parent"),
            api.Tokens.For(DemoAccounts.WorkerSubject, "practitioner"),
            api.Tokens.ForClient("partner-test", "directory.write"),
        };
        foreach (var token in tokens)
        {
            var response = await api.PostAsync(UpsertFamily, new { input = Family() }, token);

            Assert.Contains("FORBIDDEN", response.ErrorCodes);
            Assert.True(response.Data.ValueKind == JsonValueKind.Null || response.Data.GetProperty("upsertFamily").ValueKind == JsonValueKind.Null, response.Json);
        }
        var anonymous = await api.PostAsync(UpsertFamily, new { input = Family() });
        Assert.Contains("FORBIDDEN", anonymous.ErrorCodes);
        await using var db = PortalDatabase.CreateContext(database.ConnectionString);
        Assert.False(await db.Families.AnyAsync(f => f.ExternalReference == FamilyRef));
    }

    [Fact]
    public async Task A_case_system_token_cannot_read_family_data_through_queries()
    {
        var sent = await SendFamilyAndPlanAsync();
        var planId = sent.Plan.GetProperty("id").GetString()!;
        var familyId = sent.Family.GetProperty("id").GetString()!;

        var me = (await api.PostAsync("{ me { role families { id } } }", token: CaseSystem)).Ok().GetProperty("me");
        var plan = await api.PostAsync("query($id: ID!) { plan(id: $id) { id sections { heading } } }", new { id = planId }, CaseSystem);
        var family = await api.PostAsync("query($id: ID!) { node(id: $id) { id ... on Family { displayName plans { id } } } }", new { id = familyId }, CaseSystem);
        var demoPlan = await api.PostAsync("query($id: ID!) { plan(id: $id) { id sections { heading } } }",
            new { id = RightHelp.Api.GraphQL.GlobalId.Encode("Plan", DemoFamiliesNorth.HarlowPlan) }, CaseSystem);

        Assert.Equal("CASE_SYSTEM", me.GetProperty("role").GetString());
        Assert.Empty(me.GetProperty("families").EnumerateArray());
        foreach (var response in new[] { plan, family, demoPlan })
        {
            Assert.True(response.HasErrors || response.Data.EnumerateObject().All(p => p.Value.ValueKind == JsonValueKind.Null), response.Json);
            Assert.DoesNotContain("Rowan", response.Json, StringComparison.Ordinal);
            Assert.DoesNotContain("heading\":\"", response.Json, StringComparison.Ordinal);
        }
    }

    private async Task<(JsonElement Family, JsonElement Plan)> SendFamilyAndPlanAsync()
    {
        var family = Payload(await api.PostAsync(UpsertFamily, new { input = Family() }, CaseSystem), "upsertFamily", "family");
        var plan = Payload(await api.PostAsync(UpsertPlan, new { input = Plan() }, CaseSystem), "upsertPlan", "plan");
        return (family, plan);
    }

    private object Family() => new
    {
        reference = FamilyRef,
        name = $"Rowan family {key}",
        locality = "north",
        people = new[]
        {
            new { reference = $"PER-{key}-mum", givenName = "Alex", familyName = "Rowan", role = "PARENT", relationship = (string?)"Mum", dateOfBirth = (string?)"1990-04-12", email = (string?)$"alex.{key}@example.test" },
            new { reference = $"PER-{key}-sky", givenName = "Sky", familyName = "Rowan", role = "young person", relationship = (string?)null, dateOfBirth = (string?)"2014-09-01", email = (string?)null },
        },
    };

    private object Plan(string worries = "Sky has missed school on Mondays.", string firstActionStatus = "in progress") => new
    {
        reference = PlanRef,
        familyReference = FamilyRef,
        kind = "CIN",
        subjectReferences = new[] { $"PER-{key}-sky" },
        leadWorkerEmail = "Worker@Example.test",
        version = new
        {
            changeNote = "Agreed at the child in need meeting",
            sections = new[]
            {
                new { heading = "WHAT_WE_ARE_WORRIED_ABOUT", markdown = worries, audience = "everyone" },
                new { heading = "What is working well", markdown = "Alex and Sky get on well.", audience = "Parents and carers" },
                new { heading = "what is working well", markdown = "Sky's own words: I like football.", audience = "young person" },
            },
            actions = new[]
            {
                new { who = "Alex", what = "Take Sky to the school nurse", byWhen = (string?)"2031-07-01", status = firstActionStatus, audience = "everyone" },
                new { who = "Priya", what = "Visit at home every two weeks", byWhen = (string?)null, status = "in progress", audience = "everyone" },
            },
        },
    };

    private MeetingInput Meeting() => new(
        $"MTG-{key}", FamilyRef, PlanRef, "core group", "2031-06-03T10:30:00", "2031-06-03T11:30:00+01:00",
        "Northgate Family Hub, Room 2", null, "To check how the plan is going.",
        [new AttendeeInput("Alex Rowan", "Mum", $"PER-{key}-mum"), new AttendeeInput("Priya Natt", "Social worker", null)]);

    private async Task<string> LinkParentAsync()
    {
        var subject = Guid.NewGuid().ToString();
        await using var db = PortalDatabase.CreateContext(database.ConnectionString);
        var person = await db.People.SingleAsync(p => p.ExternalSource == Client && p.ExternalReference == $"PER-{key}-mum");
        db.AccountLinks.Add(new AccountLink { Issuer = DemoAccounts.Issuer, Subject = subject, Relationship = AccountRelationship.ParentOrCarer, PersonId = person.Id, CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return api.Tokens.For(subject, "parent");
    }

    private static JsonElement Payload(GraphQLResponse response, string field, string value)
    {
        var payload = response.Ok().GetProperty(field);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, response.Json);
        return payload.GetProperty(value);
    }

    private static List<(string Field, string Message)> Errors(GraphQLResponse response, string field, string value)
    {
        var payload = response.Ok().GetProperty(field);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(value).ValueKind);
        return [.. payload.GetProperty("errors").EnumerateArray().Select(e =>
            (e.TryGetProperty("field", out var f) ? f.GetString() ?? "" : "", e.GetProperty("message").GetString() ?? ""))];
    }
}
