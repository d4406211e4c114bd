namespace RightHelp.GraphQL.Language.Ast;

/// <summary>An integer literal, kept as text until coerced.</summary>
public sealed class IntValueNode(string value) : ValueNode
{
    public string Value { get; } = value;
}
