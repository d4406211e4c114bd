using RightHelp.Api.Data;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.Directory;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.Directory;

public sealed class DirectorySearchTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private PortalDbContext db = null!;
    private DirectorySearch search = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateSeededAsync();
        db = PortalDatabase.CreateContext(database.ConnectionString);
        search = new DirectorySearch(db, new DirectoryVocabulary(TimeProvider.System));
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task A_category_filter_keeps_only_services_with_that_term_and_its_facet_counts_them_all()
    {
        var result = await search.SearchAsync(new DirectorySearchRequest(Category: "young-carers", PageSize: 100));

        var expected = await Sql.ColumnAsync(database.ConnectionString,
            "SELECT st.service_id FROM service_taxonomy_terms st JOIN taxonomy_terms t ON t.id = st.taxonomy_term_id WHERE t.code = 'young-carers'");
        Assert.Equal(expected.Order(), result.Hits.Select(h => h.Id.ToString()).Order());
        Assert.Equal(expected.Count, result.TotalCount);
        Assert.Equal(expected.Count, result.Facets.Categories.Single(f => f.Key == "young-carers").Count);
    }

    [Fact]
    public async Task Locality_age_cost_and_referral_filters_combine()
    {
        var result = await search.SearchAsync(new DirectorySearchRequest(
            Locality: "east", Age: 9, FreeOnly: true, Referral: ReferralRouteFilter.SelfReferral, PageSize: 100));

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.True(h.IsFree));
        Assert.All(result.Hits, h => Assert.NotEqual(ReferralRoute.ProfessionalReferral, h.ReferralRoute));
        var ids = result.Hits.Select(h => h.Id).ToList();
        Assert.Contains(DemoIds.For("service:dads-group"), ids);
        Assert.DoesNotContain(DemoIds.For("service:haf-north"), ids); // north only
        Assert.DoesNotContain(DemoIds.For("service:talking-therapies"), ids); // adults only
        Assert.DoesNotContain(DemoIds.For("service:summer-camp"), ids); // not free
        Assert.DoesNotContain(DemoIds.For("service:camhs"), ids); // professional referral only
        Assert.All(result.Facets.Localities.Where(f => f.Key == "east"), f => Assert.Equal(result.TotalCount, f.Count));
        Assert.Equal(result.TotalCount, result.Facets.Costs.Single(f => f.Key == "free").Count);
    }

    [Fact]
    public async Task Pages_are_disjoint_and_add_up_to_the_total()
    {
        var first = await search.SearchAsync(new DirectorySearchRequest("parenting", PageSize: 7));
        var seen = new HashSet<Guid>();
        for (var page = 1; page <= first.TotalPages; page++)
        {
            var result = await search.SearchAsync(new DirectorySearchRequest("parenting", Page: page, PageSize: 7));
            Assert.Equal(first.TotalCount, result.TotalCount);
            Assert.All(result.Hits, h => Assert.True(seen.Add(h.Id)));
        }
        Assert.True(first.TotalCount > 7);
        Assert.Equal(first.TotalCount, seen.Count);
    }

    [Fact]
    public async Task Misspelt_words_are_corrected_to_words_in_the_listings()
    {
        var result = await search.SearchAsync(new DirectorySearchRequest("homlessness prevension", PageSize: 3));

        Assert.Equal(DemoIds.For("service:homeless-prevention"), result.Hits[0].Id);
    }

    [Fact]
    public async Task The_service_name_outranks_a_mention_in_a_description()
    {
        var result = await search.SearchAsync(new DirectorySearchRequest("bereavement", PageSize: 5));

        Assert.Equal(DemoIds.For("service:bereavement"), result.Hits[0].Id);
    }

    [Theory]
    [InlineData("a & b | !c")]
    [InlineData("'); DROP TABLE services; --")]
    [InlineData("<-> :* \\")]
    [InlineData("   ")]
    public async Task Query_syntax_in_the_text_is_treated_as_words(string text)
    {
        var result = await search.SearchAsync(new DirectorySearchRequest(text));

        Assert.True(result.TotalCount >= 0);
        Assert.Equal(90, await Sql.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM services"));
    }

    [Fact]
    public async Task A_listing_that_is_not_active_is_never_found()
    {
        await Sql.ExecuteAsync(database.ConnectionString, $"UPDATE services SET status = 'Inactive' WHERE id = '{DemoIds.For("service:naloxone")}'");

        var result = await search.SearchAsync(new DirectorySearchRequest("naloxone needle exchange"));

        Assert.DoesNotContain(result.Hits, h => h.Id == DemoIds.For("service:naloxone"));
    }
}
