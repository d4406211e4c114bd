namespace RightHelp.GraphQL.Language.Ast;

/// <summary>MemberCoordinate : Name . Name — a field, input field or enum value, such as <c>Plan.worker</c>.</summary>
public sealed class MemberCoordinateNode(NameNode name, NameNode memberName) : SchemaCoordinateNode
{
    public NameNode Name { get; } = name;
    public NameNode MemberName { get; } = memberName;

    public override string ToString() => $"{Name.Value}.{MemberName.Value}";
}
