using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.YouSaidWeDid;
using RightHelp.Api.YouSaidWeDid.Errors;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.YouSaidWeDid;

public sealed class FeedbackHandlingTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private FeedbackHost host = null!;
    private FeedbackWorld world = null!;

    public async Task InitializeAsync()
    {
        database = await PortalDatabase.CreateMigratedAsync();
        host = new FeedbackHost(database.ConnectionString);
        world = await FeedbackWorld.CreateAsync(host);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Named_feedback_is_read_answered_published_and_the_young_person_sees_the_answer()
    {
        var id = await SubmitNamedAsync("Priya Natt explained my plan but the meetings at Oak Lane Primary School are boring, ring me on 07700 900123");

        var read = await Service(s => s.MarkReadAsync(id, world.PriyaStaff));
        Assert.Equal(FeedbackStatus.Read, read.Value!.Status);
        var responded = await Service(s => s.RespondAsync([id], "We now hold reviews after school, somewhere you choose.", world.PriyaStaff));
        Assert.True(responded.Succeeded);
        var published = await Service(s => s.PublishResponseAsync(responded.Value!.Id, world.SamStaff));
        Assert.NotNull(published.Value!.PublishedAt);

        var mine = await Service(s => s.GetStatusForPersonAsync(world.Jordan.Id, world.JordanActor));
        var item = Assert.Single(mine.Value!);
        Assert.Equal(FeedbackStatus.Responded, item.Status);
        Assert.Equal("We now hold reviews after school, somewhere you choose.", item.Response!.Text);

        var board = await host.RunAsync<YouSaidWeDidBoard, Connection<YouSaidWeDidItem>>(b => b.YouSaidWeDidAsync(10, null, null, "north"));
        var entry = Assert.Single(board.Nodes);
        Assert.Equal("We now hold reviews after school, somewhere you choose.", entry.WeDid);
        foreach (var identifying in new[] { "Priya", "Natt", "Oak Lane", "07700" })
        {
            Assert.DoesNotContain(identifying, entry.YouSaid, StringComparison.Ordinal);
        }
        Assert.Contains("meetings", entry.YouSaid, StringComparison.Ordinal);

        var actions = (await host.AuditForAsync(id)).Select(a => a.Action).ToList();
        Assert.Equal([FeedbackAuditActions.Submit, FeedbackAuditActions.MarkRead, FeedbackAuditActions.Respond, FeedbackAuditActions.Read], actions);
        Assert.All(await host.AuditForAsync(id), a => Assert.Equal(world.Harlows.Id, a.FamilyId));
    }

    [Fact]
    public async Task Staff_see_only_feedback_from_the_localities_they_cover_and_each_read_is_audited()
    {
        var north = await SubmitAnonymousAsync("north words", "north");
        var south = await SubmitAnonymousAsync("south words", "south");
        var named = await SubmitNamedAsync("named north words");

        var priya = await Service(s => s.ListForStaffAsync(world.PriyaStaff, new FeedbackFilter(), 10, null));
        var tomasz = await Service(s => s.ListForStaffAsync(world.TomaszStaff, new FeedbackFilter(), 10, null));

        Assert.Equal(new[] { named, north }.Order(), priya.Value!.Nodes.Select(n => n.Id).Order());
        Assert.Equal([south], tomasz.Value!.Nodes.Select(n => n.Id));
        Assert.Contains(await host.AuditForAsync(named), a => a.Action == FeedbackAuditActions.Read && a.ActorSubject == "sub-priya");
    }

    [Fact]
    public async Task The_staff_list_pages_with_a_cursor_and_filters_by_theme_and_score()
    {
        for (var i = 0; i < 5; i++)
        {
            await Service(s => s.SubmitAsync(new SubmitFeedbackInput($"item {i}", HappyWithHelp: i + 1, Theme: i % 2 == 0 ? FeedbackTheme.Communication : FeedbackTheme.Relationships, Anonymous: false), world.JordanNamed));
        }

        var first = await Service(s => s.ListForStaffAsync(world.PriyaStaff, new FeedbackFilter(), 2, null));
        var second = await Service(s => s.ListForStaffAsync(world.PriyaStaff, new FeedbackFilter(), 2, first.Value!.EndCursor));
        var third = await Service(s => s.ListForStaffAsync(world.PriyaStaff, new FeedbackFilter(), 2, second.Value!.EndCursor));
        var filtered = await Service(s => s.ListForStaffAsync(world.PriyaStaff, new FeedbackFilter(Theme: FeedbackTheme.Communication, MinScore: 3), 10, null));

        var all = first.Value!.Nodes.Concat(second.Value!.Nodes).Concat(third.Value!.Nodes).Select(n => n.Text).ToList();
        Assert.Equal(["item 4", "item 3", "item 2", "item 1", "item 0"], all);
        Assert.True(first.Value.HasNextPage && second.Value.HasNextPage && !third.Value.HasNextPage);
        Assert.Equal(["item 4", "item 2"], filtered.Value!.Nodes.Select(n => n.Text));
    }

    [Fact]
    public async Task Staff_of_another_locality_cannot_read_answer_or_publish()
    {
        var id = await SubmitNamedAsync("the letter came late");

        Assert.IsType<NotInYourLocality>(Assert.Single((await Service(s => s.MarkReadAsync(id, world.TomaszStaff))).Errors));
        Assert.IsType<NotInYourLocality>(Assert.Single((await Service(s => s.RespondAsync([id], "we did", world.TomaszStaff))).Errors));
        var response = await Service(s => s.RespondAsync([id], "We send letters two weeks ahead now.", world.PriyaStaff));
        Assert.IsType<NotInYourLocality>(Assert.Single((await Service(s => s.PublishResponseAsync(response.Value!.Id, world.OlaStaff))).Errors));
        Assert.IsType<ManagersOnly>(Assert.Single((await Service(s => s.PublishResponseAsync(response.Value!.Id, world.PriyaStaff))).Errors));
        Assert.Null(await host.DbAsync(db => db.FeedbackResponses.Where(r => r.Id == response.Value!.Id).Select(r => r.PublishedAt).SingleAsync()));
        Assert.Equal(FeedbackStatus.Responded, await host.DbAsync(db => db.Feedback.Where(f => f.Id == id).Select(f => f.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_response_needs_words_and_something_to_answer()
    {
        var id = await SubmitNamedAsync("ok");

        Assert.IsType<ResponseTextRequired>(Assert.Single((await Service(s => s.RespondAsync([id], "  ", world.PriyaStaff))).Errors));
        Assert.IsType<ResponseTooLong>(Assert.Single((await Service(s => s.RespondAsync([id], new string('x', 2001), world.PriyaStaff))).Errors));
        Assert.IsType<NothingToRespondTo>(Assert.Single((await Service(s => s.RespondAsync([], "we did", world.PriyaStaff))).Errors));
        var missing = Guid.NewGuid();
        Assert.Equal(missing, Assert.IsType<FeedbackNotFound>(Assert.Single((await Service(s => s.RespondAsync([missing], "we did", world.PriyaStaff))).Errors)).Id);
    }

    [Fact]
    public async Task Flagged_feedback_is_never_quoted_on_the_board_unless_staff_write_the_summary()
    {
        var id = await SubmitNamedAsync("i dont feel safe at home and the meetings are boring");

        var refused = await Service(s => s.RespondAsync([id], "We changed how reviews run.", world.PriyaStaff));
        var written = await Service(s => s.RespondAsync([id], "We changed how reviews run.", world.PriyaStaff, youSaid: "Review meetings were too long"));

        Assert.IsType<QuoteRequired>(Assert.Single(refused.Errors));
        Assert.Equal("Review meetings were too long", written.Value!.YouSaid);
    }

    [Fact]
    public async Task One_response_can_answer_several_items_or_a_theme()
    {
        var a = await SubmitAnonymousAsync("nobody rang me back", "north", FeedbackTheme.Communication);
        var b = await SubmitAnonymousAsync("nobody replies to emails", "north", FeedbackTheme.Communication);

        var both = await Service(s => s.RespondAsync([a, b], "A duty worker now returns every call the same day.", world.SamStaff));
        var theme = await Service(s => s.RespondAsync([], "We wrote a jargon buster.", world.SamStaff, FeedbackTheme.Communication, "The words in letters were hard to understand"));

        Assert.Equal(new[] { a, b }.Order(), both.Value!.FeedbackIds.Order());
        Assert.Equal(FeedbackTheme.Communication, both.Value.Theme);
        Assert.Equal(world.North.Id, both.Value.LocalityId);
        Assert.Equal(FeedbackTheme.Communication, theme.Value!.Theme);
        Assert.Equal(2L, await Sql.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM feedback WHERE status = 'Responded'"));
    }

    private async Task<Guid> SubmitNamedAsync(string text)
        => (await Service(s => s.SubmitAsync(new SubmitFeedbackInput(text, Anonymous: false), world.JordanNamed))).Feedback!.Id;

    private async Task<Guid> SubmitAnonymousAsync(string text, string locality, FeedbackTheme? theme = null)
        => (await Service(s => s.SubmitAsync(new SubmitFeedbackInput(text, Theme: theme, Locality: locality), FeedbackSubmitter.Anonymous))).Feedback!.Id;

    private Task<T> Service<T>(Func<FeedbackService, Task<T>> work) => host.RunAsync(work);
}
