namespace RightHelp.GraphQL.Language.Ast;

/// <summary>TypeCoordinate : Name — a named type, such as <c>Plan</c>.</summary>
public sealed class TypeCoordinateNode(NameNode name) : SchemaCoordinateNode
{
    public NameNode Name { get; } = name;

    public override string ToString() => Name.Value;
}
