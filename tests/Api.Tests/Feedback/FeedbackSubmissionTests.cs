using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.YouSaidWeDid;
using RightHelp.Api.YouSaidWeDid.Errors;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.YouSaidWeDid;

public sealed class FeedbackSubmissionTests : IAsyncLifetime
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
    public async Task Invalid_feedback_gets_every_typed_error_and_stores_nothing()
    {
        var payload = await SubmitAsync(new SubmitFeedbackInput(new string('a', FeedbackLimits.MaxTextLength + 1), ExplainedClearly: 0, HappyWithHelp: 6), FeedbackSubmitter.Anonymous);

        Assert.Null(payload.Feedback);
        Assert.Contains(payload.Errors, e => e is FeedbackTooLong { Length: FeedbackLimits.MaxTextLength + 1, Field: "text" });
        Assert.Contains(payload.Errors, e => e is ScoreOutOfRange { Field: "explainedClearly", Value: 0 });
        Assert.Contains(payload.Errors, e => e is ScoreOutOfRange { Field: "happyWithHelp", Value: 6 });
        Assert.Equal(0L, await Sql.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM feedback"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public async Task Blank_text_is_refused_with_TextRequired(string? text)
    {
        var payload = await SubmitAsync(new SubmitFeedbackInput(text), FeedbackSubmitter.Anonymous);

        Assert.IsType<TextRequired>(Assert.Single(payload.Errors));
    }

    [Fact]
    public async Task Named_feedback_without_signing_in_is_refused()
    {
        var payload = await SubmitAsync(new SubmitFeedbackInput("good", Anonymous: false), FeedbackSubmitter.Anonymous);

        Assert.IsType<SignInRequired>(Assert.Single(payload.Errors));
    }

    [Fact]
    public async Task Scores_may_be_left_empty_and_text_of_exactly_the_limit_is_accepted()
    {
        var payload = await SubmitAsync(new SubmitFeedbackInput(new string('b', FeedbackLimits.MaxTextLength)), FeedbackSubmitter.Anonymous);

        Assert.Empty(payload.Errors);
        Assert.NotNull(payload.Feedback);
    }

    [Fact]
    public async Task The_returned_id_is_already_committed()
    {
        var payload = await SubmitAsync(new SubmitFeedbackInput("my worker keeps changing", 3, 2, 4, 3, IdempotencyKey: "k-commit"), FeedbackSubmitter.Anonymous);

        var id = payload.Feedback!.Id;
        Assert.Equal(1L, await Sql.ScalarAsync<long>(database.ConnectionString, $"SELECT count(*) FROM feedback WHERE id = '{id}' AND status = 'Received' AND listened_to = 4"));
    }

    [Fact]
    public async Task A_retry_with_the_same_key_returns_the_same_feedback_and_stores_one_row()
    {
        var input = new SubmitFeedbackInput("the meetings are boring", HappyWithHelp: 2, IdempotencyKey: "k-retry");

        var first = await SubmitAsync(input, FeedbackSubmitter.Anonymous);
        var second = await SubmitAsync(input, FeedbackSubmitter.Anonymous);

        Assert.Equal(first.Feedback!.Id, second.Feedback!.Id);
        Assert.Equal(1L, await Sql.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM feedback WHERE idempotency_key = 'k-retry'"));
    }

    [Fact]
    public async Task Simultaneous_submissions_with_one_key_race_to_a_single_row()
    {
        var input = new SubmitFeedbackInput("please text me instead of letters", IdempotencyKey: "k-race");

        var payloads = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => SubmitAsync(input, FeedbackSubmitter.Anonymous))));

        Assert.All(payloads, p => Assert.Empty(p.Errors));
        Assert.Single(payloads.Select(p => p.Feedback!.Id).Distinct());
        Assert.Equal(1L, await Sql.ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM feedback WHERE idempotency_key = 'k-race'"));
    }

    [Fact]
    public async Task A_key_sent_again_with_different_words_is_refused_and_reveals_nothing()
    {
        await SubmitAsync(new SubmitFeedbackInput("first words", IdempotencyKey: "k-reused"), FeedbackSubmitter.Anonymous);

        var payload = await SubmitAsync(new SubmitFeedbackInput("other words", IdempotencyKey: "k-reused"), FeedbackSubmitter.Anonymous);

        Assert.Null(payload.Feedback);
        Assert.IsType<IdempotencyKeyReused>(Assert.Single(payload.Errors));
    }

    [Fact]
    public async Task Anonymous_feedback_stores_no_author_and_nothing_that_points_to_the_device()
    {
        const string text = "anonymous words about the hub 7f3a";
        var payload = await SubmitAsync(new SubmitFeedbackInput(text, Anonymous: true, IdempotencyKey: "k-anon-device-9", Locality: "north"), world.JordanNamed);

        var id = payload.Feedback!.Id;
        var row = await host.DbAsync(db => db.Feedback.AsNoTracking().SingleAsync(f => f.Id == id));
        Assert.True(row.Anonymous);
        Assert.Null(row.AuthorPersonId);
        Assert.Equal(world.North.Id, row.LocalityId);
        Assert.Equal(4, id.Version);
        Assert.Equal(0, row.CreatedAt.Minute + row.CreatedAt.Second + row.CreatedAt.Millisecond);
        // No column anywhere in the row could hold an account, address or device.
        var columns = await Sql.ColumnAsync(database.ConnectionString, "SELECT column_name FROM information_schema.columns WHERE table_name = 'feedback'");
        Assert.DoesNotContain(columns, c => c.Contains("ip", StringComparison.Ordinal) || c.Contains("device", StringComparison.Ordinal) || c.Contains("account", StringComparison.Ordinal) || c.Contains("user_agent", StringComparison.Ordinal));
        Assert.Empty(await host.AuditForAsync(id));
        var leaked = host.Logs.Lines.Where(l => l.Contains(text, StringComparison.Ordinal) || l.Contains("k-anon-device-9", StringComparison.Ordinal) || l.Contains(id.ToString(), StringComparison.Ordinal) || l.Contains(world.Jordan.Id.ToString(), StringComparison.Ordinal));
        Assert.True(!leaked.Any(), string.Join("\n", leaked));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(text, StringComparison.Ordinal) || l.Contains("k-anon-device-9", StringComparison.Ordinal) || l.Contains(id.ToString(), StringComparison.Ordinal) || l.Contains(world.Jordan.Id.ToString(), StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, l => l.Contains("Anonymous feedback stored", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Named_feedback_is_linked_to_the_person_and_their_locality_and_audited()
    {
        var payload = await SubmitAsync(new SubmitFeedbackInput("Sophie listens to me", ListenedTo: 5, Anonymous: false), world.JordanNamed);

        var id = payload.Feedback!.Id;
        var row = await host.DbAsync(db => db.Feedback.AsNoTracking().SingleAsync(f => f.Id == id));
        Assert.False(row.Anonymous);
        Assert.Equal(world.Jordan.Id, row.AuthorPersonId);
        Assert.Equal(world.North.Id, row.LocalityId);
        var audits = await host.AuditForAsync(id);
        var audit = Assert.Single(audits, a => a.Action != FeedbackAuditActions.SafeguardingFlagged);
        Assert.True(audits.Count == 1, string.Join("; ", audits.Select(a => a.Action + " " + a.Reason)));
        Assert.Equal((FeedbackAuditActions.Submit, "sub-jordan", world.Harlows.Id), (audit.Action, audit.ActorSubject, audit.FamilyId));
    }

    [Fact]
    public async Task A_disclosure_is_flagged_at_once_put_on_the_duty_queue_and_the_person_is_shown_help()
    {
        var payload = await SubmitAsync(new SubmitFeedbackInput("my step dad hits me when mum is out", Locality: "north"), FeedbackSubmitter.Anonymous);

        Assert.True(payload.ShowHelpNow);
        var id = payload.Feedback!.Id;
        Assert.True(await host.DbAsync(db => db.Feedback.Where(f => f.Id == id).Select(f => f.SafeguardingFlag).SingleAsync()));
        var raised = Assert.Single(await host.AuditForAsync(id));
        Assert.Equal(FeedbackAuditActions.SafeguardingFlagged, raised.Action);
        Assert.Contains("PhysicalHarm", raised.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("step dad", raised.Reason, StringComparison.Ordinal);

        var queue = await host.RunAsync<DutyTeamQueue, FeedbackResult<IReadOnlyList<DutyTeamQueueItem>>>(q => q.PendingAsync(world.PriyaStaff));
        Assert.Equal(id, Assert.Single(queue.Value!).FeedbackId);
        var elsewhere = await host.RunAsync<DutyTeamQueue, FeedbackResult<IReadOnlyList<DutyTeamQueueItem>>>(q => q.PendingAsync(world.TomaszStaff));
        Assert.Empty(elsewhere.Value!);

        Assert.Empty(await host.RunAsync<DutyTeamQueue, IReadOnlyList<FeedbackError>>(q => q.AcknowledgeAsync(id, world.PriyaStaff, "rang the family")));
        var after = await host.RunAsync<DutyTeamQueue, FeedbackResult<IReadOnlyList<DutyTeamQueueItem>>>(q => q.PendingAsync(world.PriyaStaff));
        Assert.Empty(after.Value!);
        Assert.Contains(host.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains(id.ToString(), StringComparison.Ordinal) && !l.Contains("hits", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ordinary_feedback_is_not_flagged_and_shows_no_help_panel()
    {
        var payload = await SubmitAsync(new SubmitFeedbackInput("the letter was full of jargon"), FeedbackSubmitter.Anonymous);

        Assert.False(payload.ShowHelpNow);
        Assert.False(await host.DbAsync(db => db.Feedback.Where(f => f.Id == payload.Feedback!.Id).Select(f => f.SafeguardingFlag).SingleAsync()));
    }

    [Fact]
    public async Task A_blank_theme_is_suggested_from_the_words_but_a_chosen_theme_is_kept()
    {
        var suggested = await SubmitAsync(new SubmitFeedbackInput("I didnt understand the words in the letter"), FeedbackSubmitter.Anonymous);
        var chosen = await SubmitAsync(new SubmitFeedbackInput("I didnt understand the words in the letter again", Theme: FeedbackTheme.TypeOfHelp), FeedbackSubmitter.Anonymous);

        Assert.Equal((FeedbackTheme.Communication, true), (suggested.Feedback!.Theme, suggested.Feedback.ThemeWasSuggested));
        Assert.Equal((FeedbackTheme.TypeOfHelp, false), (chosen.Feedback!.Theme, chosen.Feedback.ThemeWasSuggested));
    }

    [Fact]
    public async Task An_unknown_locality_is_a_typed_error()
    {
        var payload = await SubmitAsync(new SubmitFeedbackInput("fine", Locality: "atlantis"), FeedbackSubmitter.Anonymous);

        Assert.IsType<UnknownLocality>(Assert.Single(payload.Errors));
    }

    private Task<SubmitFeedbackPayload> SubmitAsync(SubmitFeedbackInput input, FeedbackSubmitter submitter)
        => host.RunAsync<FeedbackService, SubmitFeedbackPayload>(s => s.SubmitAsync(input, submitter));
}
