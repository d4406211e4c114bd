using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Data;

/// <summary>The generated search column and trigram index that directory search builds on.</summary>
public sealed class ServiceSearchColumnTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await PortalDatabase.CreateSeededAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Taxonomy_words_make_a_service_findable_by_words_not_in_its_name()
    {
        var names = await Sql.ColumnAsync(database.ConnectionString, """
            SELECT name FROM services
            WHERE search_vector @@ websearch_to_tsquery('english', 'county lines')
            """);

        Assert.Contains("Exploitation Support Workers", names);
        Assert.Contains("Return Home Interviews", names);
    }

    [Fact]
    public async Task The_search_column_follows_edits_to_the_name()
    {
        await Sql.ExecuteAsync(database.ConnectionString, "UPDATE services SET name = 'Zebracrossing Club' WHERE name = 'Caring Dads'");

        var found = await Sql.ScalarAsync<long>(database.ConnectionString,
            "SELECT count(*) FROM services WHERE search_vector @@ to_tsquery('english', 'zebracrossing')");

        Assert.Equal(1L, found);
    }

    [Fact]
    public async Task A_misspelt_word_still_finds_the_service_by_trigram_similarity()
    {
        var best = await Sql.ScalarAsync<string>(database.ConnectionString, """
            SELECT name FROM services WHERE 'carng dads' <% name ORDER BY word_similarity('carng dads', name) DESC LIMIT 1
            """);

        Assert.Equal("Caring Dads", best);
    }
}
