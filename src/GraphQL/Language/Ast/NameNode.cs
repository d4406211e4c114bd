namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A Name token (spec 2.1.9).</summary>
public sealed class NameNode(string value) : SyntaxNode
{
    public string Value { get; } = value;

    public override string ToString() => Value;
}
