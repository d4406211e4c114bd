namespace RightHelp.GraphQL.Language.Ast;

/// <summary>enum X (spec 3.9).</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public required IReadOnlyList<EnumValueDefinitionNode> Values { get; init; }
}
