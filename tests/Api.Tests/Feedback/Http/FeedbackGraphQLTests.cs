using System.Text.Json;
using RightHelp.Api.Data;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Tests.GraphQL;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.Api.YouSaidWeDid;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.YouSaidWeDid.Http;

/// <summary>
/// Issue 6 through the real Api over HTTP: the demo young person, worker and manager close the
/// loop, and the rules hold for everyone else. Real PostgreSQL with the demo data.
/// </summary>
public sealed class FeedbackGraphQLTests : IAsyncLifetime
{
    /// <summary>A practitioner in South, who must see nothing of North's feedback.</summary>
    private const string SouthWorkerSubject = "0193a5c0-7a10-7c01-8a11-0000000000a1";

    private TestDatabase database = null!;
    private FeedbackApiServer api = null!;

    private string YoungPerson => api.Tokens.For(DemoAccounts.YoungPersonSubject, "young_person");
    private string Parent => api.Tokens.For(DemoAccounts.ParentSubject, "parent");
    private string Worker => api.Tokens.For(DemoAccounts.WorkerSubject, "practitioner");
    private string Manager => api.Tokens.For(DemoAccounts.ManagerSubject, "manager");
    private string SouthWorker => api.Tokens.For(SouthWorkerSubject, "practitioner");

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateSeededAsync();
        await using (var db = PortalDatabase.CreateContext(database.ConnectionString))
        {
            db.AccountLinks.Add(new AccountLink
            {
                Issuer = DemoAccounts.Issuer,
                Subject = SouthWorkerSubject,
                Relationship = AccountRelationship.Worker,
                WorkerId = DemoWorkers.MarcusFeld,
                CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        api = new FeedbackApiServer(database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Named_feedback_is_seen_read_answered_published_and_shown_back_to_the_young_person()
    {
        var words = "Priya explained my plan to Jordan Harlow really clearly but nobody rang me back after the meeting " + Guid.NewGuid().ToString("N")[..6];

        var submitted = (await api.PostAsync(FeedbackQueries.Submit, new { input = Input(words, anonymous: false, key: "loop-" + Guid.NewGuid()) }, YoungPerson)).Ok().GetProperty("submitFeedback");
        Assert.Empty(submitted.GetProperty("errors").EnumerateArray());
        var feedbackId = submitted.GetProperty("feedback").GetProperty("id").GetString()!;
        Assert.Equal("RECEIVED", submitted.GetProperty("feedback").GetProperty("status").GetString());

        var seen = Node(await StaffListAsync(Worker), feedbackId);
        Assert.Equal(words, seen.GetProperty("text").GetString());
        Assert.Equal("Jordan Harlow", seen.GetProperty("giverName").GetString());
        Assert.Equal("North", seen.GetProperty("localityName").GetString());

        var read = (await api.PostAsync(FeedbackQueries.MarkRead, new { input = new { feedbackId } }, Worker)).Ok().GetProperty("markFeedbackRead");
        Assert.Equal("READ", read.GetProperty("feedback").GetProperty("status").GetString());

        const string weDid = "We now ring everyone back within two days of a meeting.";
        var responded = (await api.PostAsync(FeedbackQueries.Respond, new { input = new { feedbackIds = new[] { feedbackId }, text = weDid } }, Worker)).Ok().GetProperty("respondToFeedback");
        Assert.Empty(responded.GetProperty("errors").EnumerateArray());
        var response = responded.GetProperty("response");
        Assert.False(response.GetProperty("published").GetBoolean());
        Assert.DoesNotContain(Board(await api.PostAsync(FeedbackQueries.Board)), n => n.GetProperty("weDid").GetString() == weDid);

        var published = (await api.PostAsync(FeedbackQueries.Publish, new { input = new { responseId = response.GetProperty("id").GetString() } }, Manager)).Ok().GetProperty("publishResponse");
        Assert.Empty(published.GetProperty("errors").EnumerateArray());
        Assert.True(published.GetProperty("response").GetProperty("published").GetBoolean());

        var onBoard = Assert.Single(Board(await api.PostAsync(FeedbackQueries.Board)), n => n.GetProperty("weDid").GetString() == weDid);
        var quote = onBoard.GetProperty("youSaid").GetString()!;
        Assert.Contains("nobody rang me back", quote);
        Assert.DoesNotContain("Jordan", quote);
        Assert.DoesNotContain("Harlow", quote);
        Assert.DoesNotContain("Priya", quote);

        var mine = (await api.PostAsync(FeedbackQueries.Mine, token: YoungPerson)).Ok().GetProperty("me").GetProperty("feedback");
        var own = Node(mine, feedbackId);
        Assert.Equal("RESPONDED", own.GetProperty("status").GetString());
        Assert.Equal(weDid, own.GetProperty("response").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_same_feedback_and_stores_it_once()
    {
        var key = "retry-" + Guid.NewGuid();
        var input = Input("The youth club on Fridays has been brilliant for me.", anonymous: true, key: key);

        var first = (await api.PostAsync(FeedbackQueries.Submit, new { input })).Ok().GetProperty("submitFeedback").GetProperty("feedback").GetProperty("id").GetString();
        var again = (await api.PostAsync(FeedbackQueries.Submit, new { input })).Ok().GetProperty("submitFeedback").GetProperty("feedback").GetProperty("id").GetString();

        Assert.NotNull(first);
        Assert.Equal(first, again);
        Assert.Equal(1L, await Sql.ScalarAsync<long>(database.ConnectionString, $"SELECT count(*) FROM feedback WHERE idempotency_key = '{key}'"));
    }

    [Fact]
    public async Task Invalid_feedback_is_refused_field_by_field_and_nothing_of_it_is_stored()
    {
        var before = await Sql.ContentFingerprintAsync(database.ConnectionString);
        var key = "invalid-" + Guid.NewGuid();

        var payload = (await api.PostAsync(FeedbackQueries.Submit, new { input = new { text = "   ", happyWithHelp = 9, anonymous = false, idempotencyKey = key } })).Ok().GetProperty("submitFeedback");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("feedback").ValueKind);
        var fields = payload.GetProperty("errors").EnumerateArray().Select(e => (Type: e.GetProperty("__typename").GetString(), Field: e.GetProperty("field").GetString())).ToList();
        Assert.Contains(("ValidationError", "text"), fields);
        Assert.Contains(("ValidationError", "happyWithHelp"), fields);
        Assert.Contains(("ValidationError", "anonymous"), fields);
        Assert.Equal(before, await Sql.ContentFingerprintAsync(database.ConnectionString));
    }

    [Fact]
    public async Task A_worker_in_another_locality_cannot_see_read_answer_or_fetch_north_feedback()
    {
        var words = "My worker listens to me now " + Guid.NewGuid().ToString("N")[..6];
        var feedbackId = await SubmitAsync(words, YoungPerson, anonymous: false);

        Assert.DoesNotContain((await StaffListAsync(SouthWorker)).EnumerateArray(), n => n.GetProperty("text").GetString() == words);
        var filtered = await api.PostAsync(FeedbackQueries.StaffList, new { filter = new { locality = GlobalId.Encode("Locality", DemoLocalities.North) } }, SouthWorker);
        Assert.DoesNotContain(filtered.Ok().GetProperty("feedback").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("text").GetString() == words);

        var read = (await api.PostAsync(FeedbackQueries.MarkRead, new { input = new { feedbackId } }, SouthWorker)).Ok().GetProperty("markFeedbackRead");
        Assert.Equal(JsonValueKind.Null, read.GetProperty("feedback").ValueKind);
        Assert.Equal("NotFound", Assert.Single(read.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());

        var respond = (await api.PostAsync(FeedbackQueries.Respond, new { input = new { feedbackIds = new[] { feedbackId }, text = "Sorted it." } }, SouthWorker)).Ok().GetProperty("respondToFeedback");
        Assert.Equal(JsonValueKind.Null, respond.GetProperty("response").ValueKind);
        Assert.Equal("NotFound", Assert.Single(respond.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());

        var node = await api.PostAsync(FeedbackQueries.Node, new { id = feedbackId }, SouthWorker);
        Assert.Equal(["NOT_FOUND"], node.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, node.Data.GetProperty("node").ValueKind);
        Assert.DoesNotContain(words, node.Json);

        Assert.Equal("Received", await Sql.ScalarAsync<string>(database.ConnectionString, $"SELECT status FROM feedback WHERE text = '{words}'"));
        Assert.Equal(0L, await Sql.ScalarAsync<long>(database.ConnectionString, $"SELECT count(*) FROM feedback_response_items x JOIN feedback f ON f.id = x.feedback_id WHERE f.text = '{words}'"));
    }

    [Fact]
    public async Task A_practitioner_cannot_publish_and_nobody_signed_out_can_act_on_feedback()
    {
        var feedbackId = await SubmitAsync("The family hub is too far from my school " + Guid.NewGuid().ToString("N")[..6], YoungPerson, anonymous: false);
        var responseId = (await api.PostAsync(FeedbackQueries.Respond, new { input = new { feedbackIds = new[] { feedbackId }, text = "We now meet at school when you ask." } }, Worker))
            .Ok().GetProperty("respondToFeedback").GetProperty("response").GetProperty("id").GetString();

        var byPractitioner = (await api.PostAsync(FeedbackQueries.Publish, new { input = new { responseId } }, Worker)).Ok().GetProperty("publishResponse");
        Assert.Equal(JsonValueKind.Null, byPractitioner.GetProperty("response").ValueKind);
        Assert.Equal("NotAllowed", Assert.Single(byPractitioner.GetProperty("errors").EnumerateArray()).GetProperty("__typename").GetString());

        var byYoungPerson = await api.PostAsync(FeedbackQueries.Publish, new { input = new { responseId } }, YoungPerson);
        var signedOut = await api.PostAsync(FeedbackQueries.Respond, new { input = new { feedbackIds = new[] { feedbackId }, text = "x" } });
        var signedOutList = await api.PostAsync(FeedbackQueries.StaffList);
        foreach (var refused in new[] { byYoungPerson, signedOut, signedOutList })
        {
            Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
            Assert.True(!refused.Root.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null, refused.Json);
        }
        Assert.Equal(0L, await Sql.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM feedback_responses WHERE published_at IS NOT NULL AND we_did = 'We now meet at school when you ask.'"));
    }

    [Fact]
    public async Task Only_the_giver_sees_their_feedback_in_me_not_their_parent()
    {
        var words = "I want to choose where my meetings happen " + Guid.NewGuid().ToString("N")[..6];
        var feedbackId = await SubmitAsync(words, YoungPerson, anonymous: false);

        var parent = (await api.PostAsync(FeedbackQueries.Mine, token: Parent)).Ok().GetProperty("me").GetProperty("feedback");
        var parentNode = await api.PostAsync(FeedbackQueries.Node, new { id = feedbackId }, Parent);
        var youngPersonNode = (await api.PostAsync(FeedbackQueries.Node, new { id = feedbackId }, YoungPerson)).Ok().GetProperty("node");

        Assert.DoesNotContain(parent.EnumerateArray(), n => n.GetProperty("text").GetString() == words);
        Assert.Equal(["NOT_FOUND"], parentNode.ErrorCodes);
        Assert.Equal(words, youngPersonNode.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Anonymous_feedback_stores_and_logs_no_account_address_or_device(bool signedIn)
    {
        var words = "Anonymous: the letters were full of jargon " + Guid.NewGuid().ToString("N")[..6];
        var auditBefore = await Sql.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM audit_events");
        var linesBefore = api.Logs.Lines.Count;

        var payload = (await api.PostAsync(FeedbackQueries.Submit, new { input = Input(words, anonymous: true, key: "anon-" + Guid.NewGuid()) }, signedIn ? YoungPerson : null))
            .Ok().GetProperty("submitFeedback");

        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        var row = await Sql.ScalarAsync<string>(database.ConnectionString, $"SELECT row_to_json(f)::text FROM feedback f WHERE text = '{words}'");
        using var stored = JsonDocument.Parse(row);
        Assert.True(stored.RootElement.GetProperty("anonymous").GetBoolean());
        Assert.Equal(JsonValueKind.Null, stored.RootElement.GetProperty("author_person_id").ValueKind);
        var requestLogs = string.Join("\n", api.Logs.Lines.Skip(linesBefore));
        Assert.Contains("Anonymous feedback stored.", requestLogs);
        foreach (var identifying in new[] { "127.0.0.1", "::1", FeedbackApiServer.ForwardedClientAddress, FeedbackApiServer.DeviceUserAgent, "FeedbackProbe", "5e1d9c0a", DemoAccounts.YoungPersonSubject, DemoFamiliesNorth.JordanHarlow.ToString() })
        {
            Assert.DoesNotContain(identifying, row, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(identifying, requestLogs, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(auditBefore, await Sql.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM audit_events"));
    }

    [Fact]
    public async Task Managers_get_the_summary_with_small_groups_withheld_and_practitioners_get_nothing()
    {
        var north = GlobalId.Encode("Locality", DemoLocalities.North);

        var full = (await api.PostAsync(FeedbackQueries.Summary, new { locality = north }, Manager)).Ok().GetProperty("feedbackSummary");
        var empty = (await api.PostAsync(FeedbackQueries.Summary, new { locality = north, from = "2020-01-01", to = "2020-01-31" }, Manager)).Ok().GetProperty("feedbackSummary");
        var practitioner = await api.PostAsync(FeedbackQueries.Summary, new { locality = north }, Worker);
        var otherLocality = await api.PostAsync(FeedbackQueries.Summary, new { locality = GlobalId.Encode("Locality", DemoLocalities.South) }, Manager);

        Assert.False(full.GetProperty("suppressed").GetBoolean(), full.ToString());
        Assert.Equal("North", full.GetProperty("localityName").GetString());
        Assert.True(full.GetProperty("feedbackCount").GetInt32() >= 5);
        Assert.Equal(4, full.GetProperty("scoreCharts").GetArrayLength());
        Assert.All(full.GetProperty("scoreCharts").EnumerateArray(), c => Assert.StartsWith("<svg", c.GetProperty("svg").GetString()));
        Assert.True(empty.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("respondedShare").ValueKind);
        Assert.Equal(0, empty.GetProperty("feedbackCount").GetInt32());
        Assert.Empty(empty.GetProperty("scoreCharts").EnumerateArray());
        Assert.Equal(["FORBIDDEN"], practitioner.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], otherLocality.ErrorCodes);
    }

    [Fact]
    public async Task A_disclosure_asks_the_page_to_show_help_now_and_reaches_the_duty_queue_in_the_same_commit()
    {
        var words = "my step dad hits me when mum is at work and I am scared to go home " + Guid.NewGuid().ToString("N")[..6];

        var payload = (await api.PostAsync(FeedbackQueries.Submit, new { input = Input(words, anonymous: true, key: "sg-" + Guid.NewGuid()) })).Ok().GetProperty("submitFeedback");

        Assert.True(payload.GetProperty("needsHelpNow").GetBoolean());
        var id = GlobalId.DecodeAs(payload.GetProperty("feedback").GetProperty("id").GetString(), "Feedback")!.Value;
        Assert.Equal(1L, await Sql.ScalarAsync<long>(database.ConnectionString, $"SELECT count(*) FROM audit_events WHERE entity_id = '{id}' AND action = '{FeedbackAuditActions.SafeguardingFlagged}'"));
        Assert.True(Assert.Single((await StaffListAsync(Worker)).EnumerateArray(), n => n.GetProperty("text").GetString() == words).GetProperty("flaggedForSafeguarding").GetBoolean());
        var ordinary = (await api.PostAsync(FeedbackQueries.Submit, new { input = Input("The hub cafe does good toast.", anonymous: true, key: "sg-" + Guid.NewGuid()) })).Ok();
        Assert.False(ordinary.GetProperty("submitFeedback").GetProperty("needsHelpNow").GetBoolean());
    }

    [Fact]
    public async Task Node_gives_feedback_and_responses_only_to_staff_covering_them_and_to_the_giver()
    {
        var words = "I would like to meet my worker at the library " + Guid.NewGuid().ToString("N")[..6];
        var feedbackId = await SubmitAsync(words, YoungPerson, anonymous: false);
        const string weDid = "You can now choose the library for meetings.";
        var responseId = (await api.PostAsync(FeedbackQueries.Respond, new { input = new { feedbackIds = new[] { feedbackId }, text = weDid } }, Worker))
            .Ok().GetProperty("respondToFeedback").GetProperty("response").GetProperty("id").GetString();

        var asWorker = (await api.PostAsync(FeedbackQueries.Node, new { id = feedbackId }, Worker)).Ok().GetProperty("node");
        var responseAsManager = (await api.PostAsync(FeedbackQueries.Node, new { id = responseId }, Manager)).Ok().GetProperty("node");
        Assert.Equal(words, asWorker.GetProperty("text").GetString());
        Assert.Equal("RESPONDED", asWorker.GetProperty("status").GetString());
        Assert.Equal(weDid, responseAsManager.GetProperty("text").GetString());

        foreach (var (id, token) in new[] { (responseId, SouthWorker), (responseId, YoungPerson), (responseId, (string?)null), (feedbackId, null), (feedbackId, Parent) })
        {
            var refused = await api.PostAsync(FeedbackQueries.Node, new { id }, token);
            Assert.Equal(["NOT_FOUND"], refused.ErrorCodes);
            Assert.DoesNotContain(words, refused.Json);
            Assert.DoesNotContain(weDid, refused.Json);
        }
    }

    private static object Input(string text, bool anonymous, string key) => new
    {
        text,
        explainedClearly = 4,
        involvedInPlanning = 3,
        listenedTo = 5,
        happyWithHelp = 4,
        anonymous,
        idempotencyKey = key,
    };

    private async Task<string> SubmitAsync(string text, string? token, bool anonymous)
        => (await api.PostAsync(FeedbackQueries.Submit, new { input = Input(text, anonymous, "t-" + Guid.NewGuid()) }, token))
            .Ok().GetProperty("submitFeedback").GetProperty("feedback").GetProperty("id").GetString()!;

    private async Task<JsonElement> StaffListAsync(string token)
        => (await api.PostAsync(FeedbackQueries.StaffList, token: token)).Ok().GetProperty("feedback").GetProperty("nodes");

    private static JsonElement Node(JsonElement nodes, string id)
        => Assert.Single(nodes.EnumerateArray(), n => n.GetProperty("id").GetString() == id);

    private static IEnumerable<JsonElement> Board(GraphQLResponse response)
        => response.Ok().GetProperty("youSaidWeDid").GetProperty("nodes").EnumerateArray();
}
