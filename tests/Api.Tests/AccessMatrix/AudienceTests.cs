using System.Text.Json;
using RightHelp.Api.Tests.GraphQL;
using RightHelp.Api.Tests.Oruk;

namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>
/// DESIGN section 3 inside a record: a young person sees the sections and actions for everyone and
/// for them, never those for parents, by every path to a plan (by id, node, the family page, "what
/// changed", the payload of "I have seen it"); a parent never sees the young person's; only staff
/// read the Markdown; family members see only their own views before a meeting; partners see no
/// family data at all. Marker words in the published text show a leak wherever it would appear.
/// </summary>
[Collection(ApiServerCollection.Name)]
public sealed class AudienceTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    private const string ParentsOnly = "Marigoldparentsonly";
    private const string YoungPersonOnly = "Kestrelyoungpersononly";
    private const string ParentViews = "Thistleparentviews";

    private const string PlanFields = """
        id sections { audience heading body { html text } }
        actions { who what audience }
        changesSinceLastViewed { sectionsChanged actionsAdded { what audience } actionsChanged { what audience } actionsDone { what audience } }
        """;

    [Fact]
    public async Task Young_person_never_sees_what_is_for_parents_by_any_path_and_parent_never_sees_what_is_for_the_young_person()
    {
        await SeeThePlanAsync(MatrixRole.YoungPersonA);
        await SeeThePlanAsync(MatrixRole.ParentA);
        await PublishMarkedVersionAsync();

        foreach (var (path, response) in await EveryPlanPathAsync(MatrixRole.YoungPersonA))
        {
            Assert.False(response.HasErrors, $"{path}: {response.Json}");
            Assert.Contains(YoungPersonOnly, response.Json, StringComparison.Ordinal);
            Assert.DoesNotContain(ParentsOnly, response.Json, StringComparison.Ordinal);
            Assert.DoesNotContain("PARENTS_AND_CARERS", response.Json, StringComparison.Ordinal);
        }
        foreach (var (path, response) in await EveryPlanPathAsync(MatrixRole.ParentA))
        {
            Assert.False(response.HasErrors, $"{path}: {response.Json}");
            Assert.Contains(ParentsOnly, response.Json, StringComparison.Ordinal);
            Assert.DoesNotContain(YoungPersonOnly, response.Json, StringComparison.Ordinal);
            Assert.DoesNotContain("\"YOUNG_PERSON\"", response.Json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Only_staff_read_the_markdown_a_plan_was_written_in()
    {
        await PublishMarkedVersionAsync();
        const string query = "query($id: ID!) { plan(id: $id) { sections { markdown } } }";

        var youngPerson = await fixture.Server.PostAsync(query, MatrixRole.YoungPersonA, new { id = fixture.Ids.PlanA });
        var parent = await fixture.Server.PostAsync(query, MatrixRole.ParentA, new { id = fixture.Ids.PlanA });
        var practitioner = await fixture.Server.PostAsync(query, MatrixRole.PractitionerWithA, new { id = fixture.Ids.PlanA });

        Assert.Contains("FORBIDDEN", youngPerson.ErrorCodes);
        Assert.Contains("FORBIDDEN", parent.ErrorCodes);
        Assert.DoesNotContain(ParentsOnly, youngPerson.Json, StringComparison.Ordinal);
        Assert.Contains(ParentsOnly, practitioner.Ok().ToString(), StringComparison.Ordinal);
        Assert.Contains(YoungPersonOnly, practitioner.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Young_person_sees_their_own_views_before_a_meeting_and_not_their_parents()
    {
        (await fixture.Server.PostAsync("""
            mutation($id: ID!) { giveMeetingViews(input: { meetingId: $id, worries: "Thistleparentviews: the school run is hard." }) { errors { message } } }
            """, MatrixRole.ParentA, new { id = fixture.Ids.MeetingA })).Ok();
        (await fixture.Server.PostAsync("""
            mutation($id: ID!) { giveMeetingViews(input: { meetingId: $id, goingWell: "Football on Saturdays." }) { errors { message } } }
            """, MatrixRole.YoungPersonA, new { id = fixture.Ids.MeetingA })).Ok();

        var byId = await fixture.Server.PostAsync("query($id: ID!) { meeting(id: $id) { views { worries goingWell givenBy } } }",
            MatrixRole.YoungPersonA, new { id = fixture.Ids.MeetingA });
        var onFamilyPage = await fixture.Server.PostAsync("{ me { families { meetings { views { worries goingWell } } nextMeeting { views { worries } } } } }",
            MatrixRole.YoungPersonA);
        var practitioner = await fixture.Server.PostAsync("query($id: ID!) { meeting(id: $id) { views { worries goingWell } } }",
            MatrixRole.PractitionerWithA, new { id = fixture.Ids.MeetingA });

        Assert.Contains("Football on Saturdays.", byId.Ok().ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ParentViews, byId.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(ParentViews, onFamilyPage.Ok().ToString(), StringComparison.Ordinal);
        Assert.Contains(ParentViews, practitioner.Ok().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partner_sees_no_family_data_by_any_path_of_the_matrix()
    {
        await PublishMarkedVersionAsync();
        foreach (var target in ExpectedAccess.FamilyData.Keys.Where(t => !t.StartsWith("GET ", StringComparison.Ordinal)))
        {
            var request = MatrixTargets.Find(target).Build(fixture.Ids, MatrixRole.Partner);
            var response = await fixture.Server.PostAsync(request.Document!, MatrixRole.Partner);
            var verdict = OutcomeReader.Read(request, response);

            foreach (var word in new[] { "Harlow", "Kelly", "Jordan", ParentsOnly, YoungPersonOnly, fixture.Ids.FamilyA, fixture.Ids.PlanA })
            {
                Assert.False(response.Json.Contains(word, StringComparison.Ordinal), $"{target} showed a partner {word}: {response.Json}");
            }
            if (target == "Query.me")
            {
                var me = response.Ok().GetProperty("me");
                Assert.Equal(0, me.GetProperty("families").GetArrayLength());
                Assert.Equal(0, me.GetProperty("feedback").GetArrayLength());
            }
            else if (!ExpectedAccess.Allows(target, MatrixRole.Partner))
            {
                Assert.True(verdict.Outcome == Outcome.Denied, $"{target}: {verdict}");
            }
        }
    }

    private async Task<List<(string Path, GraphQLResponse Response)>> EveryPlanPathAsync(MatrixRole role)
    {
        var id = new { id = fixture.Ids.PlanA };
        var paths = new List<(string, GraphQLResponse)>
        {
            ("plan(id:)", await fixture.Server.PostAsync($"query($id: ID!) {{ plan(id: $id) {{ {PlanFields} }} }}", role, id)),
            ("node(id:)", await fixture.Server.PostAsync($"query($id: ID!) {{ node(id: $id) {{ ... on Plan {{ {PlanFields} }} }} }}", role, id)),
            ("me.families.plans", await fixture.Server.PostAsync($"{{ me {{ families {{ plans {{ {PlanFields} }} }} }} }}", role)),
        };
        // Last, because it moves "last seen" to the latest version.
        paths.Add(("markPlanSeen payload", await fixture.Server.PostAsync(
            $"mutation($id: ID!) {{ markPlanSeen(input: {{ planId: $id }}) {{ plan {{ {PlanFields} }} errors {{ message }} }} }}", role, id)));
        return paths;
    }

    private async Task SeeThePlanAsync(MatrixRole role)
        => (await fixture.Server.PostAsync("mutation($id: ID!) { markPlanSeen(input: { planId: $id }) { errors { message } } }",
            role, new { id = fixture.Ids.PlanA })).Ok();

    private async Task PublishMarkedVersionAsync()
    {
        var response = await fixture.Server.PostAsync($$"""
            mutation($id: ID!) {
              publishPlanVersion(input: {
                planId: $id, changeNote: "Sections for each reader",
                sections: [
                  { key: WHAT_WE_ARE_WORRIED_ABOUT, audience: EVERYONE, markdown: "We all want school to feel safe." },
                  { key: WHAT_IS_WORKING_WELL, audience: PARENTS_AND_CARERS, markdown: "{{ParentsOnly}}: the parenting course is helping." },
                  { key: WHAT_NEEDS_TO_HAPPEN, audience: YOUNG_PERSON, markdown: "{{YoungPersonOnly}}: you can call your worker any weekday." }
                ],
                actions: [
                  { who: "Mum", what: "{{ParentsOnly}} budgeting session", status: NOT_STARTED, audience: PARENTS_AND_CARERS },
                  { who: "Jordan", what: "{{YoungPersonOnly}} try the youth club", status: NOT_STARTED, audience: YOUNG_PERSON },
                  { who: "Everyone", what: "Meet again in six weeks", status: NOT_STARTED }
                ]
              }) { errors { message } }
            }
            """, MatrixRole.PractitionerWithA, new { id = fixture.Ids.PlanA });
        Assert.Equal(0, response.Ok().GetProperty("publishPlanVersion").GetProperty("errors").GetArrayLength());
    }
}
