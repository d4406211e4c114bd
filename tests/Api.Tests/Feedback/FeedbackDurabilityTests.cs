using RightHelp.Api.Tests.Infrastructure;
using RightHelp.Api.YouSaidWeDid;
using RightHelp.TestSupport;
using Xunit.Abstractions;

namespace RightHelp.Api.Tests.YouSaidWeDid;

public sealed class FeedbackDurabilityTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Count = 500;
    private const int Parallelism = 16;

    private TestDatabase database = null!;
    private FeedbackHost host = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateMigratedAsync();
        host = new FeedbackHost(database.ConnectionString);
        await FeedbackWorld.CreateAsync(host);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Five_hundred_concurrent_submissions_and_their_retries_leave_exactly_five_hundred_rows()
    {
        var items = SubmissionLoad.Items(Count, "durable");

        var first = await SubmissionLoad.SubmitAllAsync(items, SubmitAsync, Parallelism);
        var retried = await SubmissionLoad.SubmitAllAsync(items, SubmitAsync, Parallelism);
        var verification = await SubmissionLoad.VerifyAsync(database.ConnectionString, "durable", first);

        output.WriteLine($"Durability: {first.Count} acknowledged, {retried.Count} retried, {verification}");
        Assert.Equal(Count, first.Count);
        Assert.All(items, item => Assert.Equal(first[item.Key], retried[item.Key]));
        Assert.True(verification.Intact, verification.ToString());
        Assert.Equal(Count, verification.Rows);
        Assert.Equal((long)Count, await Sql.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM feedback"));
    }

    [Fact]
    public async Task The_same_keys_sent_twice_at_once_still_make_one_row_each()
    {
        var items = SubmissionLoad.Items(100, "twice");

        var doubled = await SubmissionLoad.SubmitAllAsync([.. items, .. items], SubmitAsync, Parallelism);
        var verification = await SubmissionLoad.VerifyAsync(database.ConnectionString, "twice", doubled);

        Assert.True(verification.Intact, verification.ToString());
        Assert.Equal(100, verification.Rows);
    }

    private async Task<Guid?> SubmitAsync(LoadItem item, CancellationToken cancellationToken)
    {
        var payload = await host.RunAsync<FeedbackService, SubmitFeedbackPayload>(s => s.SubmitAsync(item.Input, FeedbackSubmitter.Anonymous, cancellationToken));
        return payload.Feedback?.Id;
    }
}
