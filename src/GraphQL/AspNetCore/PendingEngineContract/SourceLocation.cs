namespace RightHelp.GraphQL.Execution;

public readonly record struct SourceLocation(int Line, int Column);
