namespace RightHelp.GraphQL.Language.Ast;

/// <summary>One value of an enum definition.</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode
{
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
