using System.Text.Json;
using RightHelp.Api.Tests.GraphQL;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Directory;

/// <summary>Issue 7: "report something out of date" reaches the editors; a family's list works by its secret link alone.</summary>
public sealed class ReportAndShortlistTests : IAsyncLifetime
{
    private const string Report = """
        mutation Report($input: ReportOutOfDateInput!) {
          reportOutOfDate(input: $input) { reported errors { message ... on ValidationError { field } } }
        }
        """;

    private const string Reports = "{ outOfDateReports(first: 100) { totalCount nodes { whatIsWrong email open service { name } } } }";

    private const string Create = """
        mutation Create($input: CreateShortlistInput!) {
          createShortlist(input: $input) { shortlist { token url services { id name } } errors { message ... on ValidationError { field } } }
        }
        """;

    private const string Read = "query($token: String!) { shortlist(token: $token) { url services { id name contacts { phone } } } }";

    private TestDatabase database = null!;
    private GraphQLTestHost host = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateSeededAsync();
        host = new GraphQLTestHost(database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Anyone_can_report_a_listing_out_of_date_and_the_editors_see_it()
    {
        var serviceId = DirectoryGraphQLTests.ServiceId("foodbank");
        var reported = (await host.ExecuteAsync(Report, Principals.Anonymous,
            new { input = new { serviceId, whatIsWrong = "The phone number has changed.", email = "reporter@example.test" } })).Ok();
        Assert.True(reported.GetProperty("reportOutOfDate").GetProperty("reported").GetBoolean());

        var seen = (await host.ExecuteAsync(Reports, Principals.Editor)).Ok().GetProperty("outOfDateReports");
        var report = Assert.Single(seen.GetProperty("nodes").EnumerateArray(), r => r.GetProperty("whatIsWrong").GetString() == "The phone number has changed.");
        Assert.Equal("reporter@example.test", report.GetProperty("email").GetString());
        Assert.True(report.GetProperty("open").GetBoolean());
    }

    [Fact]
    public async Task People_who_neither_edit_nor_own_the_listing_do_not_see_reports()
    {
        await host.ExecuteAsync(Report, Principals.Anonymous, new { input = new { serviceId = DirectoryGraphQLTests.ServiceId("foodbank"), whatIsWrong = "Closed on Fridays now." } });

        var parent = (await host.ExecuteAsync(Reports, Principals.Parent)).Ok();
        Assert.Equal(0, parent.GetProperty("outOfDateReports").GetProperty("totalCount").GetInt32());
        var anonymous = await host.ExecuteAsync(Reports, Principals.Anonymous);
        Assert.True(anonymous.HasErrors);
        Assert.DoesNotContain("Closed on Fridays", anonymous.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_sees_reports_about_their_own_organisations_listings_only()
    {
        await host.ExecuteAsync(Report, Principals.Anonymous, new { input = new { serviceId = DirectoryGraphQLTests.ServiceId("oak-lane-nurture"), whatIsWrong = "The nurture group has moved rooms." } });
        await host.ExecuteAsync(Report, Principals.Anonymous, new { input = new { serviceId = DirectoryGraphQLTests.ServiceId("foodbank"), whatIsWrong = "New food bank address." } });

        var school = (await host.ExecuteAsync(Reports, Principals.School)).Ok().GetProperty("outOfDateReports");
        var seen = school.GetProperty("nodes").EnumerateArray().Select(r => r.GetProperty("whatIsWrong").GetString()).ToList();
        Assert.Contains("The nurture group has moved rooms.", seen);
        Assert.DoesNotContain("New food bank address.", seen);
    }

    private const string Resolve = """
        mutation Resolve($input: ResolveOutOfDateReportInput!) {
          resolveOutOfDateReport(input: $input) { report { id open } errors { message } }
        }
        """;

    private const string OpenReports = "{ outOfDateReports(first: 100) { nodes { id whatIsWrong } } }";

    [Fact]
    public async Task The_listings_owner_resolves_a_report_and_it_leaves_the_open_list()
    {
        var id = await ReportIdAsync("oak-lane-nurture", "The nurture group meets on Tuesdays now.");

        var resolved = (await host.ExecuteAsync(Resolve, Principals.School, new { input = new { id } })).Ok().GetProperty("resolveOutOfDateReport");

        Assert.Empty(resolved.GetProperty("errors").EnumerateArray());
        Assert.False(resolved.GetProperty("report").GetProperty("open").GetBoolean());
        Assert.DoesNotContain("The nurture group meets on Tuesdays now.", await OpenReportTextsAsync());
    }

    [Fact]
    public async Task An_editor_resolves_a_report_on_any_listing()
    {
        var id = await ReportIdAsync("foodbank", "The food bank opens at ten, not nine.");

        var resolved = (await host.ExecuteAsync(Resolve, Principals.Editor, new { input = new { id } })).Ok().GetProperty("resolveOutOfDateReport");

        Assert.False(resolved.GetProperty("report").GetProperty("open").GetBoolean());
        Assert.DoesNotContain("The food bank opens at ten, not nine.", await OpenReportTextsAsync());
    }

    [Fact]
    public async Task A_partner_cannot_resolve_a_report_about_another_organisations_listing()
    {
        var id = await ReportIdAsync("foodbank", "The food bank has a new phone number.");

        var refused = (await host.ExecuteAsync(Resolve, Principals.School, new { input = new { id } })).Ok().GetProperty("resolveOutOfDateReport");

        Assert.Equal(JsonValueKind.Null, refused.GetProperty("report").ValueKind);
        Assert.NotEmpty(refused.GetProperty("errors").EnumerateArray());
        Assert.Contains("The food bank has a new phone number.", await OpenReportTextsAsync());
    }

    [Fact]
    public async Task A_parent_or_anonymous_visitor_cannot_resolve_a_report()
    {
        var id = await ReportIdAsync("foodbank", "The food bank moved to the high street.");

        var parent = await host.ExecuteAsync(Resolve, Principals.Parent, new { input = new { id } });
        var anonymous = await host.ExecuteAsync(Resolve, Principals.Anonymous, new { input = new { id } });

        Assert.True(parent.HasErrors);
        Assert.True(anonymous.HasErrors);
        Assert.Contains("The food bank moved to the high street.", await OpenReportTextsAsync());
    }

    private async Task<string> ReportIdAsync(string serviceKey, string whatIsWrong)
    {
        await host.ExecuteAsync(Report, Principals.Anonymous, new { input = new { serviceId = DirectoryGraphQLTests.ServiceId(serviceKey), whatIsWrong } });
        var open = (await host.ExecuteAsync(OpenReports, Principals.Editor)).Ok().GetProperty("outOfDateReports").GetProperty("nodes");
        return open.EnumerateArray().Single(r => r.GetProperty("whatIsWrong").GetString() == whatIsWrong).GetProperty("id").GetString()!;
    }

    private async Task<List<string?>> OpenReportTextsAsync()
        => (await host.ExecuteAsync(OpenReports, Principals.Editor)).Ok().GetProperty("outOfDateReports").GetProperty("nodes")
            .EnumerateArray().Select(r => r.GetProperty("whatIsWrong").GetString()).ToList();

    [Theory]
    [InlineData("", null, "whatIsWrong")]
    [InlineData("   ", null, "whatIsWrong")]
    [InlineData("Wrong address", "not an email", "email")]
    public async Task A_report_needs_words_and_a_real_looking_email(string whatIsWrong, string? email, string field)
    {
        var data = (await host.ExecuteAsync(Report, Principals.Anonymous,
            new { input = new { serviceId = DirectoryGraphQLTests.ServiceId("foodbank"), whatIsWrong, email } })).Ok();

        var payload = data.GetProperty("reportOutOfDate");
        Assert.False(payload.GetProperty("reported").GetBoolean());
        Assert.Equal(field, payload.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_very_long_report_is_refused()
    {
        var data = (await host.ExecuteAsync(Report, Principals.Anonymous,
            new { input = new { serviceId = DirectoryGraphQLTests.ServiceId("foodbank"), whatIsWrong = new string('a', 2001) } })).Ok();

        Assert.False(data.GetProperty("reportOutOfDate").GetProperty("reported").GetBoolean());
    }

    [Fact]
    public async Task A_report_about_an_unknown_listing_is_not_found()
    {
        var data = (await host.ExecuteAsync(Report, Principals.Anonymous,
            new { input = new { serviceId = "U2VydmljZTowMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMA", whatIsWrong = "Gone" } })).Ok();

        Assert.False(data.GetProperty("reportOutOfDate").GetProperty("reported").GetBoolean());
        Assert.Equal("We could not find that listing.", data.GetProperty("reportOutOfDate").GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_shortlist_is_read_back_by_its_secret_link_in_the_order_chosen()
    {
        string[] ids = [DirectoryGraphQLTests.ServiceId("foodbank"), DirectoryGraphQLTests.ServiceId("safe-haven-idva")];
        var created = (await host.ExecuteAsync(Create, Principals.Anonymous, new { input = new { serviceIds = ids } })).Ok()
            .GetProperty("createShortlist").GetProperty("shortlist");
        var token = created.GetProperty("token").GetString()!;
        Assert.Equal("/list/" + token, created.GetProperty("url").GetString());
        Assert.True(Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=").Length >= 16, "the token carries at least 128 random bits");

        var list = (await host.ExecuteAsync(Read, Principals.Anonymous, new { token })).Ok().GetProperty("shortlist");
        Assert.Equal(ids, list.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.NotEmpty(list.GetProperty("services")[1].GetProperty("contacts").EnumerateArray());
    }

    [Fact]
    public async Task Every_shortlist_gets_a_different_token_and_a_wrong_token_finds_nothing()
    {
        var input = new { input = new { serviceIds = new[] { DirectoryGraphQLTests.ServiceId("foodbank") } } };
        var first = (await host.ExecuteAsync(Create, Principals.Anonymous, input)).Ok().GetProperty("createShortlist").GetProperty("shortlist").GetProperty("token").GetString()!;
        var second = (await host.ExecuteAsync(Create, Principals.Anonymous, input)).Ok().GetProperty("createShortlist").GetProperty("shortlist").GetProperty("token").GetString()!;
        Assert.NotEqual(first, second);

        var wrong = first[..^2] + (first[^2..] == "AA" ? "BB" : "AA");
        var response = await host.ExecuteAsync(Read, Principals.Anonymous, new { token = wrong });
        Assert.Equal(JsonValueKind.Null, response.Ok().GetProperty("shortlist").ValueKind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task A_shortlist_needs_between_one_and_ten_services(int count)
    {
        var serviceIds = Enumerable.Repeat(DirectoryGraphQLTests.ServiceId("foodbank"), count).ToArray();
        var payload = (await host.ExecuteAsync(Create, Principals.Anonymous, new { input = new { serviceIds } })).Ok().GetProperty("createShortlist");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("shortlist").ValueKind);
        Assert.Equal("serviceIds", payload.GetProperty("errors")[0].GetProperty("field").GetString());
    }
}
