using RightHelp.Api.Data.Seeding;
using RightHelp.Api.Directory;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;
using Xunit.Abstractions;

namespace RightHelp.Api.Tests.Directory;

public sealed class SearchQualityTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await PortalDatabase.CreateSeededAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_safeguarding_leads_everyday_searches_find_the_right_service_in_the_top_five()
    {
        Assert.True(SafeguardingLeadQueries.All.Count >= 30);
        await using var db = PortalDatabase.CreateContext(database.ConnectionString);
        var search = new DirectorySearch(db, new DirectoryVocabulary(TimeProvider.System));
        var misses = new List<string>();

        foreach (var query in SafeguardingLeadQueries.All)
        {
            var expected = DemoIds.For("service:" + query.ExpectedServiceKey);
            var result = await search.SearchAsync(new DirectorySearchRequest(query.Text, PageSize: 5));
            var rank = result.Hits.Select(h => h.Id).ToList().IndexOf(expected);
            if (rank < 0)
            {
                misses.Add($"\"{query.Text}\" → expected {query.ExpectedServiceKey}; got {string.Join(", ", result.Hits.Select(h => h.Name))}");
            }
        }

        var hits = SafeguardingLeadQueries.All.Count - misses.Count;
        output.WriteLine($"Expected service in the top 5 for {hits} of {SafeguardingLeadQueries.All.Count} queries.");
        misses.ForEach(output.WriteLine);
        Assert.True(hits >= SafeguardingLeadQueries.All.Count * 0.9,
            $"Only {hits} of {SafeguardingLeadQueries.All.Count} in the top 5. Misses:\n{string.Join("\n", misses)}");
    }
}
