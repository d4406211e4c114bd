using RightHelp.Api.Tests.Infrastructure;
using RightHelp.Api.Tests.Oruk;

namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>
/// DESIGN section 2: every read and write of family data leaves an audit event. Every family-data
/// target of the matrix, called by each role allowed to call it, must add an event naming that
/// caller, and a write must add an event of its own (not only the read it did on the way); a
/// resolver that escapes the audit fails here. A refused call leaves no event at all.
/// </summary>
[Collection(ApiServerCollection.Name)]
public sealed class AuditCoverageTests(MatrixFixture fixture) : IClassFixture<MatrixFixture>
{
    /// <summary>A calendar app fetching the .ics link is not signed in; the Api names it so.</summary>
    private const string CalendarLinkActor = "calendar-link";

    public static TheoryData<string, MatrixRole> AllowedCalls()
    {
        var cases = new TheoryData<string, MatrixRole>();
        foreach (var (target, roles) in ExpectedAccess.FamilyData)
        {
            foreach (var role in roles ?? ExpectedAccess.Table[target])
            {
                Assert.True(ExpectedAccess.Allows(target, role), $"{target} lists {role} for audit, but {role} may not call it.");
                cases.Add(target, role);
            }
        }
        return cases;
    }

    public static TheoryData<string, MatrixRole> RefusedCalls()
    {
        var cases = new TheoryData<string, MatrixRole>();
        foreach (var target in ExpectedAccess.FamilyData.Keys.Where(t => !t.StartsWith("GET ", StringComparison.Ordinal)))
        {
            // One feedback id is MyFeedback to its giver and FeedbackItem to staff: being given the other view is not a refusal.
            var sameRecord = target is "node:MyFeedback" or "node:FeedbackItem" ? ["node:MyFeedback", "node:FeedbackItem"] : new[] { target };
            foreach (var role in Enum.GetValues<MatrixRole>().Where(r => r != MatrixRole.Anonymous && !sameRecord.Any(t => ExpectedAccess.Allows(t, r))))
            {
                cases.Add(target, role);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(AllowedCalls))]
    public async Task Every_allowed_call_on_family_data_leaves_an_audit_event_naming_the_caller(string target, MatrixRole role)
    {
        var request = MatrixTargets.Find(target).Build(fixture.Ids, role);
        var actor = request.Path is null ? MatrixTokens.Subject(role) : CalendarLinkActor;
        var before = await EventsAsync(actor);

        var verdict = await OutcomeReader.RunAsync(fixture.Server, request, role);

        Assert.True(verdict.Outcome == Outcome.Allowed, $"{target} as {role}: {verdict}");
        var added = (await EventsAsync(actor)).Except(before).Select(e => e[(e.IndexOf(' ') + 1)..]).ToList();
        Assert.True(added.Count > 0, $"{target} as {role} touched family data and left no audit event.\n{request}");
        if (target.StartsWith("Mutation.", StringComparison.Ordinal))
        {
            Assert.True(added.Any(action => !action.EndsWith(".read", StringComparison.Ordinal)),
                $"{target} as {role} changed family data but audited only reads: {string.Join(", ", added)}");
        }
    }

    [Theory]
    [MemberData(nameof(RefusedCalls))]
    public async Task A_refused_call_on_family_data_leaves_no_audit_event(string target, MatrixRole role)
    {
        var request = MatrixTargets.Find(target).Build(fixture.Ids, role);
        var before = await EventsAsync(MatrixTokens.Subject(role));

        var verdict = await OutcomeReader.RunAsync(fixture.Server, request, role);

        Assert.True(verdict.Outcome == Outcome.Denied, $"{target} as {role}: {verdict}");
        Assert.Equal(before, await EventsAsync(MatrixTokens.Subject(role)));
    }

    /// <summary>Each event as "id action", so two events with the same action still differ.</summary>
    private Task<List<string>> EventsAsync(string actorSubject)
        => Sql.ColumnAsync(fixture.ConnectionString,
            $"SELECT id::text || ' ' || action FROM audit_events WHERE actor_subject = '{actorSubject}' ORDER BY id");
}
