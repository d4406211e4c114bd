namespace RightHelp.GraphQL.Tests.Execution;

/// <summary>A note as the application would model it.</summary>
internal sealed record Note(string Text);
