using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RightHelp.Api.Calendar;
using RightHelp.Api.Data;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.Extensions;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Tests.GraphQL;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Calendar;

public sealed class CalendarTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateSeededAsync();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["ConnectionStrings:Portal"] = database.ConnectionString;
        builder.Configuration["Content:RootPath"] = RepositoryPaths.Content;
        builder.AddPortalData();
        builder.AddPortalGraphQL();
        app = builder.Build();
        app.MapPortalGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        client = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
        await database.DisposeAsync();
    }

    public static TheoryData<string, string, string> ClockChanges => new()
    {
        // Summer time (BST, UTC+1): 10:00 in London is 09:00 UTC.
        { "2026-07-14T10:00:00+01:00", "2026-07-14T09:00:00.000Z", "14/07/2026, 10:00" },
        // Winter (GMT): 10:00 in London is 10:00 UTC.
        { "2026-11-24T10:00:00+00:00", "2026-11-24T10:00:00.000Z", "24/11/2026, 10:00" },
        // The first day of BST, after the clocks go forward at 01:00 UTC.
        { "2026-03-29T10:00:00+01:00", "2026-03-29T09:00:00.000Z", "29/03/2026, 10:00" },
        // The last Saturday of BST and the first day of GMT either side of 25 October 2026.
        { "2026-10-24T18:30:00+01:00", "2026-10-24T17:30:00.000Z", "24/10/2026, 18:30" },
        { "2026-10-25T18:30:00+00:00", "2026-10-25T18:30:00.000Z", "25/10/2026, 18:30" },
    };

    [Theory]
    [MemberData(nameof(ClockChanges))]
    public async Task Ics_parses_in_ical_js_with_the_right_time_in_utc_and_london(string startsAt, string utc, string london)
    {
        var start = DateTimeOffset.Parse(startsAt, System.Globalization.CultureInfo.InvariantCulture);
        var ics = CalendarWriter.Write(new CalendarEvent("meeting-test@righthelp.example.test", DateTimeOffset.UtcNow, start, start.AddHours(1),
            "Meeting to check how the plan is going", "We will look at, what has changed; and what is next.", "Northgate Family Hub, Room 2",
            new Uri("https://portal.example.test/meetings/1"), Cancelled: false));

        var parsed = await IcalJs.ParseAsync(ics);

        Assert.Equal("Europe/London", parsed.GetProperty("tzid").GetString());
        Assert.Equal(utc, parsed.GetProperty("startUtc").GetString());
        Assert.Equal(london, parsed.GetProperty("startLondon").GetString());
        Assert.Equal("Meeting to check how the plan is going", parsed.GetProperty("summary").GetString());
        Assert.Equal("Northgate Family Hub, Room 2", parsed.GetProperty("location").GetString());
        Assert.Contains("DTSTART;TZID=Europe/London:", ics, StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public async Task Calendar_url_of_a_meeting_serves_an_ics_over_http_that_ical_js_reads()
    {
        var meeting = await FirstHarlowMeetingAsync();
        using var scope = app.Services.CreateScope();
        var url = scope.ServiceProvider.GetRequiredService<CalendarLinks>().For(meeting);

        var response = await client.GetAsync(url.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var parsed = await IcalJs.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(meeting.StartsAt.UtcDateTime, DateTime.Parse(parsed.GetProperty("startUtc").GetString()!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));
        Assert.Equal($"meeting-{meeting.Id:D}@righthelp.example.test", parsed.GetProperty("uid").GetString());
    }

    [Fact]
    public async Task A_wrong_or_missing_token_gets_not_found()
    {
        var meeting = await FirstHarlowMeetingAsync();

        var wrong = await client.GetAsync($"/meetings/{meeting.Id:D}.ics?token=not-the-token");
        var missing = await client.GetAsync($"/meetings/{meeting.Id:D}.ics");
        var unknown = await client.GetAsync($"/meetings/{Guid.CreateVersion7():D}.ics?token={meeting.CalendarToken}");

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Graphql_over_http_gives_the_parent_the_meetings_calendar_url_and_no_one_else()
    {
        var anonymous = await client.PostAsync("/graphql", new StringContent("""{"query":"{ me { families { nextMeeting { calendarUrl } } } }"}""", System.Text.Encoding.UTF8, "application/json"));
        var body = await anonymous.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Contains("\"me\":null", body, StringComparison.Ordinal);
        Assert.DoesNotContain("token=", body, StringComparison.Ordinal);
    }

    private async Task<Meeting> FirstHarlowMeetingAsync()
    {
        await using var db = PortalDatabase.CreateContext(database.ConnectionString);
        return await db.Meetings.AsNoTracking().Where(m => m.FamilyId == DemoFamiliesNorth.HarlowFamily).OrderBy(m => m.StartsAt).FirstAsync();
    }
}
