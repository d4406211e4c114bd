using RightHelp.Api.Oruk;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Oruk;

/// <summary>Imports our own /oruk feed, served on a real port, into an empty database.</summary>
[Collection(ApiServerCollection.Name)]
public sealed class HsdsImportTests : IAsyncLifetime
{
    private const string CountsSql = """
        SELECT concat_ws(' ',
            (SELECT count(*) FROM services WHERE status = 'Active'),
            (SELECT count(DISTINCT organization_id) FROM services WHERE status = 'Active'),
            (SELECT count(*) FROM service_at_locations),
            (SELECT count(DISTINCT location_id) FROM service_at_locations),
            (SELECT count(DISTINCT taxonomy_term_id) FROM service_taxonomy_terms),
            (SELECT count(*) FROM service_taxonomy_terms),
            (SELECT count(*) FROM contacts),
            (SELECT count(*) FROM schedules),
            (SELECT count(*) FROM cost_options),
            (SELECT count(*) FROM eligibilities),
            (SELECT count(*) FROM service_areas))
        """;

    private readonly SeededApi source = new();
    private TestDatabase target = null!;

    public async Task InitializeAsync()
    {
        await source.InitializeAsync();
        target = await PortalDatabase.CreateMigratedAsync();
    }

    public async Task DisposeAsync()
    {
        await target.DisposeAsync();
        await source.DisposeAsync();
    }

    [Fact]
    public async Task Importing_our_own_feed_into_an_empty_database_gives_the_same_directory_and_again_changes_nothing()
    {
        var log = new StringWriter();
        var expected = await Sql.ScalarAsync<string>(source.Database.ConnectionString, CountsSql);

        await using (var db = PortalDatabase.CreateContext(target.ConnectionString))
        {
            using var http = new HttpClient();
            var counts = await new HsdsImporter(http, db, log).ImportAsync(new Uri(source.Server.BaseAddress, "/oruk"));
            Assert.Equal(90, counts.Services);
        }
        var imported = await Sql.ScalarAsync<string>(target.ConnectionString, CountsSql);
        var firstSnapshot = await Sql.ScalarAsync<string>(target.ConnectionString,
            "SELECT md5(string_agg(s::text, ',' ORDER BY id)) FROM (SELECT id, name, description, is_free, assured_date, taxonomy_words FROM services) s");

        await using (var db = PortalDatabase.CreateContext(target.ConnectionString))
        {
            using var http = new HttpClient();
            await new HsdsImporter(http, db, log).ImportAsync(new Uri(source.Server.BaseAddress, "/oruk"));
        }
        var again = await Sql.ScalarAsync<string>(target.ConnectionString, CountsSql);
        var secondSnapshot = await Sql.ScalarAsync<string>(target.ConnectionString,
            "SELECT md5(string_agg(s::text, ',' ORDER BY id)) FROM (SELECT id, name, description, is_free, assured_date, taxonomy_words FROM services) s");

        // Service areas need the council's localities, which an empty database does not have.
        Assert.Equal(Without(expected, 1), Without(imported, 1));
        Assert.Equal(imported, again);
        Assert.Equal(firstSnapshot, secondSnapshot);
        Assert.Contains("Imported 90 of 90 services.", log.ToString(), StringComparison.Ordinal);
    }

    private static string Without(string counts, int lastColumns) => string.Join(' ', counts.Split(' ')[..^lastColumns]);
}
