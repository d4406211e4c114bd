using RightHelp.GraphQL.Execution;

namespace RightHelp.GraphQL.Tests.Fuzzing;

/// <summary>A valid document and the executor of the schema it was written for.</summary>
internal sealed record FuzzSeed(string Source, string Query, string RootType, RequestExecutor Executor);
