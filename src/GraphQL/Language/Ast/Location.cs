namespace RightHelp.GraphQL.Language.Ast;

/// <summary>Where a node starts and ends in the source text, with the 1-based line and column of its start.</summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
