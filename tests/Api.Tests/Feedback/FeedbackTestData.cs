using System.Runtime.CompilerServices;
using RightHelp.Api.Data;

namespace RightHelp.Api.Tests.YouSaidWeDid;

/// <summary>The checked-in message sets under <c>TestData</c>, read from beside this file.</summary>
public static class FeedbackTestData
{
    public static IReadOnlyList<string> Disclosures { get; } = Lines("disclosures.txt");

    public static IReadOnlyList<LabelledMessage> Ordinary { get; } = Labelled();

    /// <summary>Lines after the "# Held out" marker were written after the rules, to measure them honestly.</summary>
    private static List<LabelledMessage> Labelled()
    {
        var heldOut = false;
        var messages = new List<LabelledMessage>();
        foreach (var line in File.ReadAllLines(Path.Combine(Folder(), "TestData", "ordinary-feedback.tsv")).Where(l => l.Length > 0))
        {
            if (line.StartsWith('#'))
            {
                heldOut |= line.StartsWith("# Held out", StringComparison.Ordinal);
                continue;
            }
            var parts = line.Split('\t');
            messages.Add(new LabelledMessage(ParseTheme(parts[0]), parts[1], heldOut));
        }
        return messages;
    }

    private static FeedbackTheme ParseTheme(string label) => label switch
    {
        "communication" => FeedbackTheme.Communication,
        "relationships" => FeedbackTheme.Relationships,
        "people-who-help" => FeedbackTheme.PeopleWhoHelp,
        "type-of-help" => FeedbackTheme.TypeOfHelp,
        _ => throw new InvalidDataException($"Unknown theme label '{label}'."),
    };

    private static List<string> Lines(string file)
        => File.ReadAllLines(Path.Combine(Folder(), "TestData", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
