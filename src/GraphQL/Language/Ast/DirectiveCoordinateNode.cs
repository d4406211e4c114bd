namespace RightHelp.GraphQL.Language.Ast;

/// <summary>DirectiveCoordinate : @ Name — a directive, such as <c>@deprecated</c>.</summary>
public sealed class DirectiveCoordinateNode(NameNode name) : SchemaCoordinateNode
{
    public NameNode Name { get; } = name;

    public override string ToString() => "@" + Name.Value;
}
