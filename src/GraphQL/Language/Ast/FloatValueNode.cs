namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A float literal, kept as text until coerced.</summary>
public sealed class FloatValueNode(string value) : ValueNode
{
    public string Value { get; } = value;
}
