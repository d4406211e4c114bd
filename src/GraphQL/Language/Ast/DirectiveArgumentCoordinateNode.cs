namespace RightHelp.GraphQL.Language.Ast;

/// <summary>DirectiveArgumentCoordinate : @ Name ( Name : ) — a directive's argument, such as <c>@deprecated(reason:)</c>.</summary>
public sealed class DirectiveArgumentCoordinateNode(NameNode name, NameNode argumentName) : SchemaCoordinateNode
{
    public NameNode Name { get; } = name;
    public NameNode ArgumentName { get; } = argumentName;

    public override string ToString() => $"@{Name.Value}({ArgumentName.Value}:)";
}
