namespace RightHelp.GraphQL.Language.Ast;

/// <summary>An enum value literal (a name other than true, false, null).</summary>
public sealed class EnumValueNode(string value) : ValueNode
{
    public string Value { get; } = value;
}
