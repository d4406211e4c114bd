namespace RightHelp.GraphQL.Language.Ast;

/// <summary>An input object literal.</summary>
public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields) : ValueNode
{
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;
}
