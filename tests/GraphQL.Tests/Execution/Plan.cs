namespace RightHelp.GraphQL.Tests.Execution;

/// <summary>A plan as the application would model it.</summary>
internal sealed record Plan(int Id, string Title, int WorkerId);
