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
    [Fact]
    public async Task Linking_a_term_makes_its_words_searchable_and_unlinking_removes_them()
    {
        const string findsByExploitation = "SELECT count(*) FROM services WHERE name = 'Caring Dads' AND search_vector @@ to_tsquery('english', 'grooming')";
        await Sql.ExecuteAsync(database.ConnectionString, """
            INSERT INTO service_taxonomy_terms (id, service_id, taxonomy_term_id)
            SELECT gen_random_uuid(), s.id, t.id FROM services s, taxonomy_terms t WHERE s.name = 'Caring Dads' AND t.code = 'exploitation'
            """);
        var whileLinked = await Sql.ScalarAsync<long>(database.ConnectionString, findsByExploitation);

        await Sql.ExecuteAsync(database.ConnectionString, """
            DELETE FROM service_taxonomy_terms l USING services s, taxonomy_terms t
            WHERE l.service_id = s.id AND l.taxonomy_term_id = t.id AND s.name = 'Caring Dads' AND t.code = 'exploitation'
            """);
        var afterUnlinking = await Sql.ScalarAsync<long>(database.ConnectionString, findsByExploitation);

        Assert.Equal(1L, whileLinked);
        Assert.Equal(0L, afterUnlinking);
    }

    [Fact]
    public async Task Renaming_a_term_updates_the_words_of_every_service_that_has_it()
    {
        await Sql.ExecuteAsync(database.ConnectionString, "UPDATE taxonomy_terms SET name = 'Kinship quokka' WHERE code = 'young-carers'");

        var stale = await Sql.ScalarAsync<long>(database.ConnectionString, """
            SELECT count(*) FROM services s JOIN service_taxonomy_terms l ON l.service_id = s.id JOIN taxonomy_terms t ON t.id = l.taxonomy_term_id
            WHERE t.code = 'young-carers' AND NOT s.search_vector @@ to_tsquery('english', 'quokka')
            """);

        Assert.Equal(0L, stale);
    }

    [Fact]
    public async Task A_service_with_terms_can_be_deleted()
    {
        await Sql.ExecuteAsync(database.ConnectionString, "DELETE FROM services WHERE name = 'Caring Dads'");

        Assert.Equal(0L, await Sql.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM services WHERE name = 'Caring Dads'"));
    }
}
