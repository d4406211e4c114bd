using RightHelp.Api.Audit;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Tests.GraphQL;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Audit;

public sealed class AuditTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private GraphQLTestHost host = null!;
    private FamilyIds familyA = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateSeededAsync();
        host = new GraphQLTestHost(database.ConnectionString);
        familyA = await FamilyIds.HarlowAsync(database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Theory]
    [InlineData("Plan", "plan.read")]
    [InlineData("Meeting", "meeting.read")]
    [InlineData("Question", "question.read")]
    [InlineData("Family", "family.read")]
    public async Task Reading_a_family_record_writes_an_audit_event_with_actor_role_family_and_correlation_id(string type, string action)
    {
        var id = type switch { "Plan" => familyA.Plan, "Meeting" => familyA.Meeting, "Question" => familyA.Question, _ => familyA.Family };
        var entityId = GlobalId.DecodeAs(id, type)!.Value;

        var since = await Sql.ScalarAsync<DateTime>(database.ConnectionString, "SELECT clock_timestamp()");
        (await host.ExecuteAsync("query($id: ID!) { node(id: $id) { id } }", Principals.Worker, new { id })).Ok();

        var row = await Sql.ColumnAsync(database.ConnectionString, $"""
            SELECT actor_subject || '|' || actor_role || '|' || coalesce(actor_team, '') || '|' || family_id || '|' || coalesce(correlation_id, '')
            FROM audit_events WHERE entity_type = '{type}' AND entity_id = '{entityId}' AND action = '{action}'
              AND occurred_at >= '{since:O}'::timestamptz
            """);
        var parts = Assert.Single(row).Split('|');
        Assert.Equal(DemoAccounts.WorkerSubject, parts[0]);
        Assert.Equal("practitioner", parts[1]);
        Assert.NotEqual("", parts[2]);
        Assert.Equal(DemoFamiliesNorth.HarlowFamily.ToString(), parts[3]);
        Assert.NotEqual("", parts[4]);
    }

    [Fact]
    public async Task A_family_page_audits_every_plan_meeting_and_question_it_shows()
    {
        var data = (await host.ExecuteAsync("{ me { families { plans { id } meetings { id } questions { id } } } }", Principals.Parent)).Ok();
        var family = data.GetProperty("me").GetProperty("families")[0];

        foreach (var (list, type) in new[] { ("plans", "Plan"), ("meetings", "Meeting"), ("questions", "Question") })
        {
            foreach (var item in family.GetProperty(list).EnumerateArray())
            {
                var id = GlobalId.DecodeAs(item.GetProperty("id").GetString(), type)!.Value;
                var count = await Sql.ScalarAsync<long>(database.ConnectionString,
                    $"SELECT count(*) FROM audit_events WHERE entity_id = '{id}' AND actor_subject = '{DemoAccounts.ParentSubject}'");
                Assert.True(count >= 1, $"{type} {id} was shown without an audit event");
            }
        }
    }

    [Fact]
    public async Task Writes_are_audited_with_the_change()
    {
        var response = await host.ExecuteAsync("""
            mutation($family: ID!) { askQuestion(input: { familyId: $family, text: "Can we move the meeting to the afternoon?" }) { question { id promisedReplyBy } errors { message } } }
            """, Principals.Parent, new { family = familyA.Family });
        var id = GlobalId.DecodeAs(response.Ok().GetProperty("askQuestion").GetProperty("question").GetProperty("id").GetString(), "Question")!.Value;

        var actions = await Sql.ColumnAsync(database.ConnectionString, $"SELECT action FROM audit_events WHERE entity_id = '{id}'");
        Assert.Contains("question.ask", actions);
    }

    /// <summary>
    /// The guarantee that no resolver escapes the audit: the field rule for family data refuses a
    /// record this request did not read through the audited accessor, even if it is the viewer's own.
    /// </summary>
    [Fact]
    public void Family_records_that_did_not_come_through_the_audited_accessor_are_refused()
    {
        var viewer = new Viewer { Role = ViewerRole.ParentOrCarer, Subject = "s", PersonId = Guid.NewGuid(), FamilyIds = new HashSet<Guid> { DemoFamiliesNorth.HarlowFamily } };
        var plan = new Plan { Id = DemoFamiliesNorth.HarlowPlan, FamilyId = DemoFamiliesNorth.HarlowFamily };
        var audit = new AuditTrail(TimeProvider.System);

        Assert.False(Policies.FamilyRecord.Allows(new FieldAccess(viewer, plan, audit)));
    }

    [Fact]
    public async Task Family_sees_who_looked_at_their_plan_as_role_and_team_without_staff_names()
    {
        (await host.ExecuteAsync("query($id: ID!) { plan(id: $id) { id } }", Principals.Worker, new { id = familyA.Plan })).Ok();

        var response = await host.ExecuteAsync("query($id: ID!) { plan(id: $id) { viewLog { role team viewedAt } } }", Principals.Parent, new { id = familyA.Plan });

        var log = response.Ok().GetProperty("plan").GetProperty("viewLog").EnumerateArray().ToList();
        Assert.Contains(log, e => e.GetProperty("role").GetString() == "practitioner" && e.GetProperty("team").GetString() is { Length: > 0 });
        Assert.DoesNotContain("Priya", response.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("Natt", response.Json, StringComparison.Ordinal);
    }
}
