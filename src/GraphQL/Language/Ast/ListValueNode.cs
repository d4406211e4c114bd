namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A list literal.</summary>
public sealed class ListValueNode(IReadOnlyList<ValueNode> values) : ValueNode
{
    public IReadOnlyList<ValueNode> Values { get; } = values;
}
