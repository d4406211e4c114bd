namespace RightHelp.GraphQL.Language.Ast;

/// <summary>true or false.</summary>
public sealed class BooleanValueNode(bool value) : ValueNode
{
    public bool Value { get; } = value;
}
