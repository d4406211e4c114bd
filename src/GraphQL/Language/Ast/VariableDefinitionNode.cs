namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A variable of an operation (spec 2.10).</summary>
public sealed class VariableDefinitionNode : SyntaxNode
{
    public StringValueNode? Description { get; init; }
    public required VariableNode Variable { get; init; }
    public required TypeNode Type { get; init; }
    public ValueNode? DefaultValue { get; init; }
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
}
