namespace RightHelp.GraphQL.Language.Ast;

/// <summary>An argument or input field definition.</summary>
public sealed class InputValueDefinitionNode : SyntaxNode
{
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
    public required TypeNode Type { get; init; }
    public ValueNode? DefaultValue { get; init; }
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
