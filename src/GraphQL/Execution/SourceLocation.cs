namespace RightHelp.GraphQL.Execution;

/// <summary>A 1-based line and column in a GraphQL document.</summary>
public readonly record struct SourceLocation(int Line, int Column);
