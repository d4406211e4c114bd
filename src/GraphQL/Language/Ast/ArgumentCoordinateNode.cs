namespace RightHelp.GraphQL.Language.Ast;

/// <summary>ArgumentCoordinate : Name . Name ( Name : ) — a field's argument, such as <c>Query.plans(first:)</c>.</summary>
public sealed class ArgumentCoordinateNode(NameNode name, NameNode fieldName, NameNode argumentName) : SchemaCoordinateNode
{
    public NameNode Name { get; } = name;
    public NameNode FieldName { get; } = fieldName;
    public NameNode ArgumentName { get; } = argumentName;

    public override string ToString() => $"{Name.Value}.{FieldName.Value}({ArgumentName.Value}:)";
}
