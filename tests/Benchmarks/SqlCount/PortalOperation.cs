using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.Benchmarks.SqlCount;

/// <summary>A GraphQL document the Portal sends, where it is declared, and its operation.</summary>
public sealed record PortalOperation(string Name, string Declared, string Document, OperationType Kind, IReadOnlyList<VariableDefinitionNode> Variables);
