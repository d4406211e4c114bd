using RightHelp.GraphQL.Exec;

// Differential runner: one case per input line, one result line per case, in reference.mjs's shape.
// With --compare expected.jsonl it prints a pass-rate summary instead.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: GraphQL.Exec cases.jsonl [--compare expected.jsonl]");
    return 2;
}
var lines = File.ReadAllLines(args[0]).Where(l => l.Trim().Length > 0).ToList();
var outputs = await CaseRunner.RunAllAsync(lines);
if (args.Length >= 3 && args[1] == "--compare")
{
    var report = CaseComparer.Compare(outputs, File.ReadAllLines(args[2]).Where(l => l.Trim().Length > 0).ToList());
    Console.WriteLine(report.Summary());
    return report.StructureFailures.Count == 0 ? 0 : 1;
}
using var stdout = Console.OpenStandardOutput();
using var writer = new StreamWriter(stdout);
foreach (var output in outputs)
{
    writer.Write(output);
    writer.Write('\n');
}
return 0;
