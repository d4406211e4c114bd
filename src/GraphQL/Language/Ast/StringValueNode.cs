namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A string or block string literal (already unescaped / dedented).</summary>
public sealed class StringValueNode(string value, bool block) : ValueNode
{
    public string Value { get; } = value;
    public bool Block { get; } = block;
}
