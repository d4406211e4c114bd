namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinitionNode : SyntaxNode
{
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
    public required IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; }
    public required TypeNode Type { get; init; }
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
