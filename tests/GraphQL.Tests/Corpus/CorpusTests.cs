using RightHelp.GraphQL.Exec;
using Xunit.Abstractions;

namespace RightHelp.GraphQL.Tests.Corpus;

/// <summary>
/// Runs the differential corpora through the same code path as tests/GraphQL.Exec and compares with
/// graphql-js 17.1.0's results (data with key order, error paths and locations, then messages).
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Corpora => new() { "public", "engine" };

    [Theory]
    [MemberData(nameof(Corpora))]
    public async Task Corpus_matches_graphql_js(string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Corpus");
        var cases = File.ReadAllLines(Path.Combine(directory, name + ".jsonl")).Where(l => l.Trim().Length > 0).ToList();
        var expected = File.ReadAllLines(Path.Combine(directory, name + ".expected.jsonl")).Where(l => l.Trim().Length > 0).ToList();

        var actual = await CaseRunner.RunAllAsync(cases);
        var report = CaseComparer.Compare(actual, expected);

        output.WriteLine(report.Summary());
        Assert.True(cases.Count > 0 && cases.Count == expected.Count, "cases and expected results must pair up");
        Assert.True(report.StructureRate >= 0.98, report.Summary());
        Assert.True(report.MessageRate >= 0.95, report.Summary());
    }
}
