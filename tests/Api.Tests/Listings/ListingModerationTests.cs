using System.Text.Json;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Tests.GraphQL;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Listings;

/// <summary>Partners keep their own listings current; editors approve; nothing is published before that.</summary>
public sealed class ListingModerationTests : IAsyncLifetime
{
    private const string Propose = """
        mutation($input: ProposeListingChangeInput!) {
          proposeListingChange(input: $input) { change { id status serviceName proposed { name phone } current { name } } errors { message ... on ValidationError { field } } }
        }
        """;

    private const string Approve = """
        mutation($id: ID!) { approveListingChange(input: { id: $id }) { change { status } errors { message } } }
        """;

    private const string Reject = """
        mutation($id: ID!, $reason: String!) { rejectListingChange(input: { id: $id, reason: $reason }) { change { status reviewNote } errors { message ... on ValidationError { field } } } }
        """;

    private const string Queue = "{ moderationQueue { id serviceName organizationName proposed { name description } current { name } } }";

    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly string NurtureRoom = GlobalId.Encode("Service", DemoDirectory.ServiceId("oak-lane-nurture"));
    private static readonly string SomeoneElses = GlobalId.Encode("Service", DemoDirectory.ServiceId("camhs"));

    private TestDatabase database = null!;
    private GraphQLTestHost host = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateSeededAsync();
        host = new GraphQLTestHost(database.ConnectionString, new FixedTimeProvider(Now));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    private static object Input(string serviceId, string name = "Oak Lane Nurture Room (new times)", string? phone = "01632 960 555") => new
    {
        input = new
        {
            serviceId,
            name,
            description = "A calm room for pupils who need a quiet start to the day.",
            eligibility = "Pupils at Oak Lane Primary",
            howToRefer = "Ask the class teacher.",
            email = "nurture@example.test",
            phone,
            url = "https://oaklane.example.test/nurture",
        },
    };

    private async Task<string> ProposeAsync()
    {
        var payload = (await host.ExecuteAsync(Propose, Principals.School, Input(NurtureRoom))).Ok().GetProperty("proposeListingChange");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        return payload.GetProperty("change").GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> PublishedAsync()
        => (await host.ExecuteAsync("""query($id: ID!) { node(id: $id) { ... on Service { name lastVerifiedOn } } }""", Principals.Anonymous, new { id = NurtureRoom })).Ok().GetProperty("node");

    [Fact]
    public async Task Partner_sees_only_their_own_organisations_listings()
    {
        var listings = (await host.ExecuteAsync("{ myListings { id organizationName current { name } } }", Principals.School)).Ok().GetProperty("myListings").EnumerateArray().ToList();

        Assert.Equal(["Oak Lane Nurture Room", "Oak Lane Parent Support Adviser"], listings.Select(l => l.GetProperty("current").GetProperty("name").GetString()));
        Assert.All(listings, l => Assert.Equal("Oak Lane Primary School", l.GetProperty("organizationName").GetString()));
    }

    [Fact]
    public async Task A_proposed_change_waits_for_an_editor_and_changes_nothing_published()
    {
        var before = await PublishedAsync();
        var id = await ProposeAsync();

        Assert.Equal(before.GetRawText(), (await PublishedAsync()).GetRawText());
        var queue = (await host.ExecuteAsync(Queue, Principals.Editor)).Ok().GetProperty("moderationQueue").EnumerateArray().ToList();
        var item = Assert.Single(queue, i => i.GetProperty("id").GetString() == id);
        Assert.Equal("Oak Lane Nurture Room", item.GetProperty("current").GetProperty("name").GetString());
        Assert.Equal("Oak Lane Nurture Room (new times)", item.GetProperty("proposed").GetProperty("name").GetString());
        var mine = (await host.ExecuteAsync("{ myListings { current { name } pendingChange { id status } } }", Principals.School)).Ok().GetProperty("myListings")[0];
        Assert.Equal("PENDING", mine.GetProperty("pendingChange").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Approving_publishes_the_change_dates_it_verified_today_and_audits_it()
    {
        var id = await ProposeAsync();

        var payload = (await host.ExecuteAsync(Approve, Principals.Editor, new { id })).Ok().GetProperty("approveListingChange");

        Assert.Equal("APPROVED", payload.GetProperty("change").GetProperty("status").GetString());
        var published = await PublishedAsync();
        Assert.Equal("Oak Lane Nurture Room (new times)", published.GetProperty("name").GetString());
        Assert.Equal("2026-11-24", published.GetProperty("lastVerifiedOn").GetString());
        Assert.Equal("01632 960 555", await Sql.ScalarAsync<string>(database.ConnectionString,
            $"SELECT phone FROM contacts WHERE service_id = '{DemoDirectory.ServiceId("oak-lane-nurture")}' ORDER BY id LIMIT 1"));
        Assert.Equal("editor", await Sql.ScalarAsync<string>(database.ConnectionString,
            $"SELECT actor_role FROM audit_events WHERE action = 'listing.approve' AND entity_id = '{GlobalId.DecodeAs(id, "ListingChange")}'"));
        Assert.DoesNotContain((await host.ExecuteAsync(Queue, Principals.Editor)).Ok().GetProperty("moderationQueue").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_publishes_nothing()
    {
        var id = await ProposeAsync();

        var noReason = (await host.ExecuteAsync(Reject, Principals.Editor, new { id, reason = " " })).Ok().GetProperty("rejectListingChange");
        Assert.Equal("reason", noReason.GetProperty("errors")[0].GetProperty("field").GetString());

        var rejected = (await host.ExecuteAsync(Reject, Principals.Editor, new { id, reason = "The phone number is the school office, not the nurture room." })).Ok().GetProperty("rejectListingChange");
        Assert.Equal("REJECTED", rejected.GetProperty("change").GetProperty("status").GetString());
        Assert.Equal("Oak Lane Nurture Room", (await PublishedAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Partner_cannot_change_another_organisations_listing()
    {
        var payload = (await host.ExecuteAsync(Propose, Principals.School, Input(SomeoneElses))).Ok().GetProperty("proposeListingChange");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("change").ValueKind);
        Assert.Equal("We could not find that listing.", payload.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(0L, await Sql.ScalarAsync<long>(database.ConnectionString,
            $"SELECT count(*) FROM listing_changes WHERE service_id = '{DemoDirectory.ServiceId("camhs")}'"));
    }

    [Theory]
    [InlineData("parent")]
    [InlineData("editor")]
    [InlineData("anonymous")]
    public async Task Only_partners_propose_changes(string who)
    {
        var principal = who switch { "parent" => Principals.Parent, "editor" => Principals.Editor, _ => Principals.Anonymous };

        var response = await host.ExecuteAsync(Propose, principal, Input(NurtureRoom, name: $"Proposed by {who}"));

        Assert.True(response.HasErrors || response.Data.GetProperty("proposeListingChange").GetProperty("change").ValueKind == JsonValueKind.Null, response.Json);
        Assert.Equal(0L, await Sql.ScalarAsync<long>(database.ConnectionString, $"SELECT count(*) FROM listing_changes WHERE proposed->>'name' = 'Proposed by {who}'"));
    }

    [Fact]
    public async Task Partners_and_the_public_cannot_see_or_work_the_moderation_queue()
    {
        var id = await ProposeAsync();

        Assert.True((await host.ExecuteAsync(Queue, Principals.School)).HasErrors);
        Assert.True((await host.ExecuteAsync(Queue, Principals.Anonymous)).HasErrors);
        var approve = await host.ExecuteAsync(Approve, Principals.School, new { id });
        Assert.Equal("Only an editor can review listing changes.", approve.Data.GetProperty("approveListingChange").GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("Oak Lane Nurture Room", (await PublishedAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Invalid_fields_come_back_as_errors_naming_each_field()
    {
        var response = (await host.ExecuteAsync(Propose, Principals.School, new
        {
            input = new { serviceId = NurtureRoom, name = "", description = "Fine.", howToRefer = "Ask.", email = "not an email", url = "javascript:alert(1)" },
        })).Ok().GetProperty("proposeListingChange");

        Assert.Equal(["name", "email", "url"], response.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task Confirming_a_listing_is_still_correct_dates_it_at_once()
    {
        var payload = (await host.ExecuteAsync("""mutation($id: ID!) { confirmListingCorrect(input: { serviceId: $id }) { listing { lastVerifiedOn } errors { message } } }""",
            Principals.School, new { id = NurtureRoom })).Ok().GetProperty("confirmListingCorrect");

        Assert.Equal("2026-11-24", payload.GetProperty("listing").GetProperty("lastVerifiedOn").GetString());
        Assert.Equal("2026-11-24", (await PublishedAsync()).GetProperty("lastVerifiedOn").GetString());
        var other = (await host.ExecuteAsync("""mutation($id: ID!) { confirmListingCorrect(input: { serviceId: $id }) { listing { lastVerifiedOn } errors { message } } }""",
            Principals.School, new { id = SomeoneElses })).Ok().GetProperty("confirmListingCorrect");
        Assert.Equal(JsonValueKind.Null, other.GetProperty("listing").ValueKind);
    }
}
