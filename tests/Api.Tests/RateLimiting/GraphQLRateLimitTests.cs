using System.Net;
using System.Text.Json;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.Api.Tests.YouSaidWeDid.Http;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.RateLimiting;

/// <summary>The real Api over HTTP with small limits: per address, per person and on the public mutations.</summary>
public sealed class GraphQLRateLimitTests : IAsyncLifetime
{
    private const string Localities = "{ localities { name } }";

    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await PortalDatabase.CreateSeededAsync();

    public Task DisposeAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task An_address_over_its_limit_gets_429_with_retry_after_and_a_RATE_LIMITED_error()
    {
        using var api = Start(("RateLimits:GraphQLPerAddress:PermitLimit", "4"), ("RateLimits:GraphQLPerAddress:WindowSeconds", "60"));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(Localities)).StatusCode);
        }

        var refused = await api.PostAsync(Localities);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal("application/graphql-response+json", refused.Content.Headers.ContentType!.MediaType);
        var error = Assert.Single(Errors(await refused.Content.ReadAsStringAsync()));
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("You have tried too many times.", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_over_their_limit_is_refused_while_another_person_at_the_same_address_is_not()
    {
        using var api = Start(("RateLimits:GraphQLPerUser:PermitLimit", "3"));
        var parent = api.Tokens.For(DemoAccounts.ParentSubject, "parent");
        var worker = api.Tokens.For(DemoAccounts.WorkerSubject, "practitioner");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(Localities, token: parent)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await api.PostAsync(Localities, token: parent)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(Localities, token: worker)).StatusCode);
    }

    [Fact]
    public async Task Public_feedback_has_a_tighter_limit_than_other_requests_from_the_same_address()
    {
        using var api = Start(("RateLimits:PublicMutation:PermitLimit", "2"));
        for (var i = 0; i < 2; i++)
        {
            var accepted = await api.PostAsync(FeedbackQueries.Submit, Feedback());
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            Assert.Empty(Errors(await accepted.Content.ReadAsStringAsync()));
        }

        var refused = await api.PostAsync(FeedbackQueries.Submit, Feedback());
        var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("submitFeedback", error.GetProperty("path")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(Localities)).StatusCode);
    }

    [Theory]
    [InlineData("mutation { reportOutOfDate(input: { serviceId: \"nope\", whatIsWrong: \"The phone number is wrong\" }) { errors { message } } }", "reportOutOfDate")]
    [InlineData("mutation { createShortlist(input: { serviceIds: [\"nope\"] }) { errors { message } } }", "createShortlist")]
    public async Task Out_of_date_reports_and_shortlists_are_limited_too(string mutation, string field)
    {
        using var api = Start(("RateLimits:PublicMutation:PermitLimit", "1"));
        await api.PostAsync(mutation);

        var refused = await api.PostAsync(mutation);
        var error = Assert.Single(Errors(await refused.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(field, error.GetProperty("path")[0].GetString());
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private RateLimitedApiServer Start(params (string Key, string Value)[] settings)
        => new(database.ConnectionString, settings.ToDictionary(s => s.Key, s => s.Value));

    private static object Feedback() => new
    {
        input = new { text = "The worker listened to us.", explainedClearly = 4, involvedInPlanning = 4, listenedTo = 5, happyWithHelp = 4, anonymous = true, idempotencyKey = "rl-" + Guid.NewGuid() },
    };

    private static IEnumerable<JsonElement> Errors(string json)
        => JsonDocument.Parse(json).RootElement.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];
}
