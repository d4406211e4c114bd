namespace RightHelp.GraphQL.Language.Ast;

/// <summary>input X (spec 3.10).</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public required IReadOnlyList<InputValueDefinitionNode> Fields { get; init; }
}
