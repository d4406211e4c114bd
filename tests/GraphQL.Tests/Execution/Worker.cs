namespace RightHelp.GraphQL.Tests.Execution;

/// <summary>A worker as the application would model it.</summary>
internal sealed record Worker(int Id, string Name);
