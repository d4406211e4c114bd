using System.Text.Json;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Tests.GraphQL;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Families;

/// <summary>
/// The practitioner's side of family A's plan, through the production schema: publishing a
/// version, what the parent then sees as changed, "I have seen it", answering a question and
/// reading the views given before a meeting.
/// </summary>
public sealed class PlanPublishingTests : IAsyncLifetime
{
    private const string PlanForWriting = """
        query($id: ID!) { plan(id: $id) { version sections { key audience markdown } actions { who what byWhen status audience } } }
        """;

    private const string Changes = """
        query($id: ID!) { plan(id: $id) { version changesSinceLastViewed { lastViewedVersion currentVersion sectionsChanged
          actionsAdded { what } actionsChanged { what byWhen } actionsDone { what status } } } }
        """;

    private const string Publish = """
        mutation($input: PublishPlanVersionInput!) { publishPlanVersion(input: $input) { plan { version } errors { __typename message ... on ValidationError { field } } } }
        """;

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

    [Fact]
    public async Task Publishing_a_version_shows_the_parent_what_changed_until_they_mark_it_seen()
    {
        var planId = GlobalId.Encode("Plan", DemoFamiliesNorth.HarlowPlan);
        (await MarkSeenAsync(planId)).Ok();
        var baseline = (await host.ExecuteAsync(Changes, Principals.Parent, new { id = planId })).Ok().GetProperty("plan");
        Assert.Equal(0, baseline.GetProperty("changesSinceLastViewed").GetProperty("sectionsChanged").GetArrayLength());
        var before = (await host.ExecuteAsync(PlanForWriting, Principals.Worker, new { id = planId })).Ok().GetProperty("plan");
        var sections = before.GetProperty("sections").EnumerateArray().ToList();
        var actions = before.GetProperty("actions").EnumerateArray().ToList();
        Assert.True(actions.Count >= 2 && sections.Count >= 2, before.ToString());
        var toFinish = actions.First(a => a.GetProperty("status").GetString() != "DONE");
        var toMove = actions.First(a => a.GetProperty("status").GetString() != "DONE" && !a.Equals(toFinish) && a.GetProperty("what").GetString() != toFinish.GetProperty("what").GetString());

        var input = new
        {
            planId,
            changeNote = "Review after the core group",
            sections = sections.Select((s, i) => new
            {
                key = s.GetProperty("key").GetString(),
                audience = s.GetProperty("audience").GetString(),
                markdown = i == 0 ? s.GetProperty("markdown").GetString() + "\n\nJordan went to school every day this week." : s.GetProperty("markdown").GetString(),
            }),
            actions = actions.Select(a => new
            {
                who = a.GetProperty("who").GetString(),
                what = a.GetProperty("what").GetString(),
                byWhen = a.Equals(toMove) ? "2031-01-31" : a.GetProperty("byWhen").GetString(),
                status = a.Equals(toFinish) ? "DONE" : a.GetProperty("status").GetString(),
                audience = a.GetProperty("audience").GetString(),
            }).Append(new { who = (string?)"Mum", what = (string?)"Go to the coffee morning at the hub", byWhen = (string?)"2031-02-14", status = (string?)"NOT_STARTED", audience = (string?)"EVERYONE" }),
        };
        var published = (await host.ExecuteAsync(Publish, Principals.Worker, new { input })).Ok().GetProperty("publishPlanVersion");

        Assert.Equal(0, published.GetProperty("errors").GetArrayLength());
        var version = before.GetProperty("version").GetInt32() + 1;
        Assert.Equal(version, published.GetProperty("plan").GetProperty("version").GetInt32());
        var changes = (await host.ExecuteAsync(Changes, Principals.Parent, new { id = planId })).Ok().GetProperty("plan").GetProperty("changesSinceLastViewed");
        Assert.Equal(version - 1, changes.GetProperty("lastViewedVersion").GetInt32());
        Assert.Equal(version, changes.GetProperty("currentVersion").GetInt32());
        Assert.Single(Strings(changes.GetProperty("sectionsChanged")));
        Assert.Equal(["Go to the coffee morning at the hub"], Strings(changes.GetProperty("actionsAdded"), "what"));
        Assert.Equal([toFinish.GetProperty("what").GetString()!], Strings(changes.GetProperty("actionsDone"), "what"));
        Assert.Equal([toMove.GetProperty("what").GetString()!], Strings(changes.GetProperty("actionsChanged"), "what"));
        Assert.Equal("2031-01-31", changes.GetProperty("actionsChanged")[0].GetProperty("byWhen").GetString());

        (await MarkSeenAsync(planId)).Ok();
        var after = (await host.ExecuteAsync(Changes, Principals.Parent, new { id = planId })).Ok().GetProperty("plan").GetProperty("changesSinceLastViewed");
        Assert.Equal(version, after.GetProperty("lastViewedVersion").GetInt32());
        Assert.Empty(Strings(after.GetProperty("sectionsChanged")));
        Assert.Equal(0, after.GetProperty("actionsAdded").GetArrayLength() + after.GetProperty("actionsChanged").GetArrayLength() + after.GetProperty("actionsDone").GetArrayLength());
    }

    [Fact]
    public async Task Publishing_without_text_or_a_change_note_names_each_field_at_fault()
    {
        var input = new
        {
            planId = familyA.Plan,
            changeNote = " ",
            sections = new[] { new { key = "WHAT_NEEDS_TO_HAPPEN", audience = "EVERYONE", markdown = "  " } },
            actions = new[] { new { who = "Mum", what = "", status = "NOT_STARTED" } },
        };
        var payload = (await host.ExecuteAsync(Publish, Principals.Worker, new { input })).Ok().GetProperty("publishPlanVersion");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("plan").ValueKind);
        Assert.Equal(["changeNote", "sections[0].markdown", "actions[0]"], Strings(payload.GetProperty("errors"), "field"));
    }

    [Fact]
    public async Task Practitioner_reads_the_markdown_a_plan_was_written_in_and_a_parent_cannot()
    {
        var planId = GlobalId.Encode("Plan", DemoFamiliesNorth.HarlowPlan);
        var staff = (await host.ExecuteAsync(PlanForWriting, Principals.Worker, new { id = planId })).Ok();
        var parent = await host.ExecuteAsync("query($id: ID!) { plan(id: $id) { sections { markdown } } }", Principals.Parent, new { id = planId });

        Assert.All(staff.GetProperty("plan").GetProperty("sections").EnumerateArray(), s => Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("markdown").GetString())));
        Assert.True(parent.HasErrors, parent.Json);
        Assert.DoesNotContain("Jordan", parent.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practitioner_answers_a_question_and_the_parent_sees_the_answer()
    {
        var asked = (await host.ExecuteAsync("""
            mutation($f: ID!) { askQuestion(input: { familyId: $f, text: "Can the next meeting be after school?" }) { question { id } errors { message } } }
            """, Principals.Parent, new { f = familyA.Family })).Ok().GetProperty("askQuestion");
        var id = asked.GetProperty("question").GetProperty("id").GetString();

        var answered = (await host.ExecuteAsync("""
            mutation($q: ID!) { answerQuestion(input: { questionId: $q, answer: "Yes, I have moved it to 4pm." }) { question { answer answeredAt } errors { message } } }
            """, Principals.Worker, new { q = id })).Ok().GetProperty("answerQuestion");
        var seen = (await host.ExecuteAsync("query($q: ID!) { question(id: $q) { answer answeredAt } }", Principals.Parent, new { q = id })).Ok().GetProperty("question");

        Assert.Equal(0, answered.GetProperty("errors").GetArrayLength());
        Assert.Equal("Yes, I have moved it to 4pm.", seen.GetProperty("answer").GetString());
        Assert.NotEqual(JsonValueKind.Null, seen.GetProperty("answeredAt").ValueKind);
    }

    [Fact]
    public async Task Practitioner_reads_the_views_given_before_a_meeting_with_who_gave_them()
    {
        var meeting = (await host.ExecuteAsync("{ me { families { nextMeeting { id } } } }", Principals.Parent)).Ok()
            .GetProperty("me").GetProperty("families")[0].GetProperty("nextMeeting").GetProperty("id").GetString();
        var given = (await host.ExecuteAsync("""
            mutation($m: ID!) { giveMeetingViews(input: { meetingId: $m, goingWell: "Jordan is happier", worries: "Money for the bus" }) { errors { message } } }
            """, Principals.Parent, new { m = meeting })).Ok().GetProperty("giveMeetingViews");

        var views = (await host.ExecuteAsync("query($m: ID!) { meeting(id: $m) { views { givenBy goingWell worries } } }", Principals.Worker, new { m = meeting }))
            .Ok().GetProperty("meeting").GetProperty("views").EnumerateArray().ToList();

        Assert.Equal(0, given.GetProperty("errors").GetArrayLength());
        var kelly = Assert.Single(views, v => v.GetProperty("goingWell").GetString() == "Jordan is happier");
        Assert.Equal("Kelly", kelly.GetProperty("givenBy").GetString());
        Assert.Equal("Money for the bus", kelly.GetProperty("worries").GetString());
    }

    [Fact]
    public async Task Every_explained_word_on_a_plan_has_an_anchor_no_other_section_uses()
    {
        var plan = (await host.ExecuteAsync("query($id: ID!) { plan(id: $id) { sections { body { html } } } }", Principals.Parent,
            new { id = GlobalId.Encode("Plan", DemoFamiliesNorth.HarlowPlan) })).Ok().GetProperty("plan");
        var html = string.Concat(plan.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("body").GetProperty("html").GetString()));
        var ids = System.Text.RegularExpressions.Regex.Matches(html, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.True(ids.Count > 1, html);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    private Task<GraphQLResponse> MarkSeenAsync(string planId) => host.ExecuteAsync(
        "mutation($p: ID!) { markPlanSeen(input: { planId: $p }) { errors { message } } }", Principals.Parent, new { p = planId });

    private static IReadOnlyList<string> Strings(JsonElement array, string? property = null) =>
        [.. array.EnumerateArray().Select(e => (property is null ? e : e.GetProperty(property)).GetString()!)];
}
