namespace RightHelp.GraphQL.Tests.Fuzzing;

/// <summary>
/// The fuzz run checks that the managed heap stays flat, and the heap belongs to the whole test
/// process: another test class running beside it (the differential corpus, say) once made the
/// heap jump 30 MiB mid-run and flat after. So the fuzz tests run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FuzzCollection
{
    public const string Name = "Fuzzing runs alone";
}
