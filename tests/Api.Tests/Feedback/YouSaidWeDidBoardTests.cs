using RightHelp.Api.Data;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.Api.YouSaidWeDid;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.YouSaidWeDid;

public sealed class YouSaidWeDidBoardTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private FeedbackHost host = null!;
    private FeedbackWorld world = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateMigratedAsync();
        host = new FeedbackHost(database.ConnectionString);
        world = await FeedbackWorld.CreateAsync(host);
        var at = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        await host.DbAsync(db =>
        {
            for (var i = 0; i < 5; i++)
            {
                db.FeedbackResponses.Add(Response($"north {i}", FeedbackTheme.Communication, world.North, at.AddDays(i), published: true));
            }
            db.FeedbackResponses.Add(Response("south 0", FeedbackTheme.TypeOfHelp, world.South, at, published: true));
            db.FeedbackResponses.Add(Response("draft", FeedbackTheme.Communication, world.North, at.AddDays(9), published: false));
            db.FeedbackResponses.Add(Response("email me on jo@example.test", FeedbackTheme.Relationships, world.North, at.AddDays(-1), published: true));
            return db.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Only_published_responses_are_shown_newest_first_across_pages()
    {
        var seen = new List<string>();
        string? after = null;
        Connection<YouSaidWeDidItem> page;
        do
        {
            page = await BoardAsync(3, after, null, null);
            seen.AddRange(page.Nodes.Select(n => n.WeDid));
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        Assert.Equal(7, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.DoesNotContain("did draft", seen);
        Assert.Equal("did north 4", seen[0]);
    }

    [Fact]
    public async Task The_board_filters_by_theme_and_locality()
    {
        var south = await BoardAsync(10, null, null, "south");
        var communication = await BoardAsync(10, null, FeedbackTheme.Communication, "north");

        Assert.Equal(["did south 0"], south.Nodes.Select(n => n.WeDid));
        Assert.Equal("South", south.Nodes[0].LocalityName);
        Assert.Equal(5, communication.Nodes.Count);
        Assert.All(communication.Nodes, n => Assert.Equal(FeedbackTheme.Communication, n.Theme));
    }

    [Fact]
    public async Task A_quote_is_made_anonymous_again_on_the_way_out()
    {
        var relationships = await BoardAsync(10, null, FeedbackTheme.Relationships, null);

        var quote = Assert.Single(relationships.Nodes).YouSaid;
        Assert.DoesNotContain("jo@example.test", quote, StringComparison.Ordinal);
        Assert.Contains("[email]", quote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cursor_that_does_not_decode_starts_from_the_top()
    {
        var page = await BoardAsync(2, "not-a-cursor", null, null);

        Assert.Equal("did north 4", page.Nodes[0].WeDid);
    }

    private Task<Connection<YouSaidWeDidItem>> BoardAsync(int first, string? after, FeedbackTheme? theme, string? locality)
        => host.RunAsync<YouSaidWeDidBoard, Connection<YouSaidWeDidItem>>(b => b.YouSaidWeDidAsync(first, after, theme, locality));

    private FeedbackResponse Response(string name, FeedbackTheme theme, Locality locality, DateTimeOffset at, bool published) => new()
    {
        YouSaid = name,
        WeDid = name.StartsWith("email", StringComparison.Ordinal) ? "did email" : "did " + name,
        Theme = theme,
        LocalityId = locality.Id,
        CreatedAt = at,
        CreatedById = world.Priya.Id,
        PublishedAt = published ? at : null,
        PublishedById = published ? world.Sam.Id : null,
    };
}
