using System.Security.Claims;
using System.Text.Json;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Tests.GraphQL;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Authorization;

/// <summary>
/// DESIGN section 3, cell by cell, through the production schema: family A is the Harlows (the
/// demo parent, young person and practitioner), family B the Ashbys (parent2, another worker).
/// </summary>
public sealed class AuthorizationTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private GraphQLTestHost host = null!;
    private FamilyIds familyA = null!;
    private FamilyIds familyB = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateSeededAsync();
        host = new GraphQLTestHost(database.ConnectionString);
        familyA = await FamilyIds.HarlowAsync(database.ConnectionString);
        familyB = await FamilyIds.AshbyAsync(database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    public static TheoryData<string> FamilyTypes => new() { "Family", "Plan", "Meeting", "Question" };

    private string Id(FamilyIds family, string type) => type switch
    {
        "Family" => family.Family,
        "Plan" => family.Plan,
        "Meeting" => family.Meeting,
        _ => family.Question,
    };

    private static readonly Dictionary<string, string> Selections = new()
    {
        ["Family"] = "... on Family { id displayName plans { id } }",
        ["Plan"] = "... on Plan { id kind sections { heading body { text } } }",
        ["Meeting"] = "... on Meeting { id purpose calendarUrl }",
        ["Question"] = "... on Question { id text answer }",
    };

    [Theory]
    [MemberData(nameof(FamilyTypes))]
    public async Task Parent_of_family_A_gets_not_found_for_family_Bs_record_through_node(string type)
    {
        var response = await host.ExecuteAsync($$"""query($id: ID!) { node(id: $id) { __typename {{Selections[type]}} } }""",
            Principals.Parent, new { id = Id(familyB, type) });

        AssertNotFoundWithoutData(response, "node");
        await AssertNoAuditOfFamilyB();
    }

    [Theory]
    [InlineData("Plan", "plan")]
    [InlineData("Meeting", "meeting")]
    [InlineData("Question", "question")]
    public async Task Parent_of_family_A_gets_not_found_for_family_Bs_record_by_id(string type, string field)
    {
        var response = await host.ExecuteAsync($$"""query($id: ID!) { {{field}}(id: $id) { {{Selections[type]}} } }""",
            Principals.Parent, new { id = Id(familyB, type) });

        AssertNotFoundWithoutData(response, field);
        await AssertNoAuditOfFamilyB();
    }

    [Theory]
    [MemberData(nameof(FamilyTypes))]
    public async Task A_guessed_id_answers_exactly_like_another_familys_id(string type)
    {
        var guessed = GlobalId.Encode(type, Guid.CreateVersion7());
        var foreign = await host.ExecuteAsync("query($id: ID!) { node(id: $id) { id } }", Principals.Parent, new { id = Id(familyB, type) });
        var missing = await host.ExecuteAsync("query($id: ID!) { node(id: $id) { id } }", Principals.Parent, new { id = guessed });

        Assert.Equal(Strip(foreign), Strip(missing));
    }

    [Theory]
    [MemberData(nameof(FamilyTypes))]
    public async Task Parent_of_family_A_reads_their_own_record_through_node(string type)
    {
        var response = await host.ExecuteAsync($$"""query($id: ID!) { node(id: $id) { __typename id } }""",
            Principals.Parent, new { id = Id(familyA, type) });

        Assert.Equal(Id(familyA, type), response.Ok().GetProperty("node").GetProperty("id").GetString());
    }

    [Theory]
    [MemberData(nameof(FamilyTypes))]
    public async Task Practitioner_reaches_families_on_their_caseload_only(string type)
    {
        var own = await host.ExecuteAsync("query($id: ID!) { node(id: $id) { id } }", Principals.Worker, new { id = Id(familyA, type) });
        var other = await host.ExecuteAsync("query($id: ID!) { node(id: $id) { id } }", Principals.Worker, new { id = Id(familyB, type) });

        Assert.Equal(Id(familyA, type), own.Ok().GetProperty("node").GetProperty("id").GetString());
        AssertNotFoundWithoutData(other, "node");
    }

    public static TheoryData<string> OutsiderRoles => new() { "anonymous", "partner", "editor", "manager", "stranger" };

    private static ClaimsPrincipal? Outsider(string role) => role switch
    {
        "partner" => Principals.School,
        "editor" => Principals.Editor,
        "manager" => Principals.Manager,
        "stranger" => Principals.Stranger("practitioner"),
        _ => Principals.Anonymous,
    };

    [Theory]
    [MemberData(nameof(OutsiderRoles))]
    public async Task Roles_without_a_family_see_no_family_record(string role)
    {
        foreach (var type in new[] { "Family", "Plan", "Meeting", "Question" })
        {
            var response = await host.ExecuteAsync("query($id: ID!) { node(id: $id) { id } }", Outsider(role), new { id = Id(familyA, type) });

            AssertNotFoundWithoutData(response, "node");
        }
        var plan = await host.ExecuteAsync("query($id: ID!) { plan(id: $id) { id } }", Outsider(role), new { id = familyA.Plan });
        Assert.True(plan.Data.GetProperty("plan").ValueKind == JsonValueKind.Null, plan.Json);
        Assert.True(plan.HasErrors, plan.Json);
    }

    [Fact]
    public async Task A_token_whose_subject_has_no_account_link_is_treated_as_anonymous()
    {
        var response = await host.ExecuteAsync("{ me { role families { id } } }", Principals.Stranger("parent"));

        Assert.Equal(JsonValueKind.Null, response.Ok().GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task A_practitioner_signed_in_with_one_factor_reaches_no_family()
    {
        var singleFactor = Principals.For(DemoAccounts.WorkerSubject, "practitioner", acr: "urn:right-help:acr:single-factor");

        var me = await host.ExecuteAsync("{ me { role } }", singleFactor);
        var plan = await host.ExecuteAsync("query($id: ID!) { plan(id: $id) { id } }", singleFactor, new { id = familyA.Plan });

        Assert.Equal(JsonValueKind.Null, me.Ok().GetProperty("me").ValueKind);
        Assert.Equal(JsonValueKind.Null, plan.Data.GetProperty("plan").ValueKind);
    }

    [Fact]
    public async Task Anonymous_sees_public_content_and_no_me()
    {
        var response = await host.ExecuteAsync("{ me { role } localities { id name } offers(first: 3) { totalCount nodes { title } } services { totalCount } glossary { term } }", Principals.Anonymous);

        var data = response.Ok();
        Assert.Equal(JsonValueKind.Null, data.GetProperty("me").ValueKind);
        Assert.Equal(4, data.GetProperty("localities").GetArrayLength());
        Assert.True(data.GetProperty("offers").GetProperty("totalCount").GetInt32() >= 24);
        Assert.True(data.GetProperty("services").GetProperty("totalCount").GetInt32() >= 80);
        Assert.True(data.GetProperty("glossary").GetArrayLength() >= 60);
    }

    [Fact]
    public async Task Parent_sees_only_sections_for_everyone_and_for_parents()
    {
        var audiences = await AudiencesAsync(Principals.Parent);

        Assert.NotEmpty(audiences);
        Assert.All(audiences, a => Assert.Contains(a, new[] { "EVERYONE", "PARENTS_AND_CARERS" }));
        Assert.Contains("PARENTS_AND_CARERS", audiences);
    }

    [Fact]
    public async Task Young_person_sees_only_plans_about_them_and_sections_for_everyone_and_for_them()
    {
        var response = await host.ExecuteAsync("{ me { families { plans { id subjectName sections { audience } actions { who } } } } }", Principals.YoungPerson);
        var plans = response.Ok().GetProperty("me").GetProperty("families")[0].GetProperty("plans").EnumerateArray().ToList();
        var subjects = await Sql.ColumnAsync(database.ConnectionString,
            $"SELECT id FROM plans WHERE family_id = '{DemoFamiliesNorth.HarlowFamily}' AND subject_person_id = '{DemoFamiliesNorth.JordanHarlow}'");

        Assert.Equal(subjects.Count, plans.Count);
        Assert.All(plans, p => Assert.Contains(GlobalId.DecodeAs(p.GetProperty("id").GetString(), "Plan")!.Value.ToString(), subjects));
        var audiences = plans.SelectMany(p => p.GetProperty("sections").EnumerateArray()).Select(s => s.GetProperty("audience").GetString()).ToList();
        Assert.All(audiences, a => Assert.Contains(a, new[] { "EVERYONE", "YOUNG_PERSON" }));
        Assert.Contains("YOUNG_PERSON", audiences);
    }

    [Fact]
    public async Task Young_person_cannot_read_a_plan_about_someone_else_in_their_family()
    {
        var others = await Sql.ColumnAsync(database.ConnectionString,
            $"SELECT id FROM plans WHERE family_id = '{DemoFamiliesNorth.HarlowFamily}' AND subject_person_id <> '{DemoFamiliesNorth.JordanHarlow}'");
        foreach (var other in others)
        {
            var response = await host.ExecuteAsync("query($id: ID!) { plan(id: $id) { id } }", Principals.YoungPerson, new { id = GlobalId.Encode("Plan", Guid.Parse(other)) });
            AssertNotFoundWithoutData(response, "plan");
        }
    }

    [Fact]
    public async Task Practitioner_sees_every_section_of_a_family_on_their_caseload()
    {
        var audiences = await AudiencesAsync(Principals.Worker);

        Assert.Contains("PARENTS_AND_CARERS", audiences);
        Assert.Contains("YOUNG_PERSON", audiences);
    }

    [Fact]
    public async Task Family_members_cannot_run_the_writers_plain_language_check()
    {
        const string query = """{ checkPlainLanguage(markdown: "Mum failed to engage with the TAF.") { readingAge uncaringWords { word kinder } } }""";

        var parent = await host.ExecuteAsync(query, Principals.Parent);
        var worker = await host.ExecuteAsync(query, Principals.Worker);

        Assert.Contains("FORBIDDEN", parent.ErrorCodes);
        Assert.Contains("failed to engage", worker.Ok().GetProperty("checkPlainLanguage").GetProperty("uncaringWords").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parent_asking_a_question_for_another_family_gets_not_your_family()
    {
        var response = await host.ExecuteAsync("""
            mutation($family: ID!) { askQuestion(input: { familyId: $family, text: "When is the next meeting?" }) { question { id } errors { __typename message } } }
            """, Principals.Parent, new { family = familyB.Family });

        var payload = response.Ok().GetProperty("askQuestion");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("question").ValueKind);
        Assert.Equal("NotYourFamily", payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Parent_cannot_give_views_for_another_familys_meeting()
    {
        var response = await host.ExecuteAsync("""
            mutation($meeting: ID!) { giveMeetingViews(input: { meetingId: $meeting, worries: "x" }) { views { worries } errors { __typename } } }
            """, Principals.Parent, new { meeting = familyB.Meeting });

        Assert.Equal("NotFound", response.Ok().GetProperty("giveMeetingViews").GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Practitioner_cannot_answer_publish_or_schedule_for_a_family_off_their_caseload()
    {
        var answer = await host.ExecuteAsync("""
            mutation($q: ID!) { answerQuestion(input: { questionId: $q, answer: "Yes" }) { question { id } errors { __typename } } }
            """, Principals.Worker, new { q = familyB.Question });
        var publish = await host.ExecuteAsync("""
            mutation($p: ID!) { publishPlanVersion(input: { planId: $p, changeNote: "x", sections: [{ key: WHAT_NEEDS_TO_HAPPEN, audience: EVERYONE, markdown: "x" }], actions: [] }) { plan { id } errors { __typename } } }
            """, Principals.Worker, new { p = familyB.Plan });
        var schedule = await host.ExecuteAsync("""
            mutation($f: ID!) { scheduleMeeting(input: { familyId: $f, kind: CORE_GROUP, startsAt: "2030-01-10T10:00:00Z", endsAt: "2030-01-10T11:00:00Z", location: "Hub", purpose: "Check the plan" }) { meeting { id } errors { __typename } } }
            """, Principals.Worker, new { f = familyB.Family });

        Assert.Equal("NotFound", answer.Ok().GetProperty("answerQuestion").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("NotFound", publish.Ok().GetProperty("publishPlanVersion").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("NotYourFamily", schedule.Ok().GetProperty("scheduleMeeting").GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Parents_cannot_answer_questions_or_publish_plans()
    {
        var answer = await host.ExecuteAsync("""
            mutation($q: ID!) { answerQuestion(input: { questionId: $q, answer: "Yes" }) { errors { __typename } } }
            """, Principals.Parent, new { q = familyA.Question });
        var publish = await host.ExecuteAsync("""
            mutation($p: ID!) { publishPlanVersion(input: { planId: $p, changeNote: "x", sections: [{ key: WHAT_NEEDS_TO_HAPPEN, audience: EVERYONE, markdown: "x" }], actions: [] }) { errors { __typename } } }
            """, Principals.Parent, new { p = familyA.Plan });

        Assert.Equal("NotAllowed", answer.Ok().GetProperty("answerQuestion").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("NotAllowed", publish.Ok().GetProperty("publishPlanVersion").GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    private async Task<List<string>> AudiencesAsync(ClaimsPrincipal user)
    {
        var response = await host.ExecuteAsync("query($id: ID!) { plan(id: $id) { sections { audience } } }", user, new { id = GlobalId.Encode("Plan", DemoFamiliesNorth.HarlowPlan) });
        return [.. response.Ok().GetProperty("plan").GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("audience").GetString()!)];
    }

    private async Task AssertNoAuditOfFamilyB()
    {
        var events = await Sql.ScalarAsync<long>(database.ConnectionString,
            $"SELECT count(*) FROM audit_events WHERE family_id = '{DemoFamiliesSouth.AshbyFamily}' AND actor_subject = '{DemoAccounts.ParentSubject}'");
        Assert.Equal(0, events);
    }

    private static void AssertNotFoundWithoutData(GraphQLResponse response, string field)
    {
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty(field).ValueKind);
        Assert.True(response.ErrorCodes.Count == 1 && response.ErrorCodes[0] is "NOT_FOUND" or "FORBIDDEN", response.Json);
        Assert.DoesNotContain("Ashby", response.Json, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The response without the parts that name the request (locations are the same, ids differ only in the variable).</summary>
    private static string Strip(GraphQLResponse response) => response.Json;
}
