namespace RightHelp.GraphQL.Language.Ast;

/// <summary>scalar X (spec 3.5).</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode;
