using System.Text;
using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Types;

namespace RightHelp.Api.GraphQL;

/// <summary>
/// Prints a built schema as SDL in one canonical layout (graphql-js printSchema style), so the
/// checked-in <c>schema.graphql</c> can be compared with what the running schema really is.
/// </summary>
public static class SchemaPrinter
{
    private static readonly HashSet<string> BuiltIn = new(StringComparer.Ordinal) { "String", "Int", "Float", "Boolean", "ID" };

    public static string Print(Schema schema)
    {
        var blocks = new List<string>();
        var schemaBlock = new StringBuilder();
        Description(schemaBlock, schema.Description, "");
        schemaBlock.Append("schema {\n");
        if (schema.QueryType is { } query)
        {
            schemaBlock.Append("  query: ").Append(query.Name).Append('\n');
        }
        if (schema.MutationType is { } mutation)
        {
            schemaBlock.Append("  mutation: ").Append(mutation.Name).Append('\n');
        }
        if (schema.SubscriptionType is { } subscription)
        {
            schemaBlock.Append("  subscription: ").Append(subscription.Name).Append('\n');
        }
        blocks.Add(schemaBlock.Append('}').ToString());
        foreach (var type in schema.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !BuiltIn.Contains(t.Name)))
        {
            blocks.Add(Type(type));
        }
        return string.Join("\n\n", blocks) + "\n";
    }

    private static string Type(NamedType type)
    {
        var b = new StringBuilder();
        Description(b, type.Description, "");
        switch (type)
        {
            case ScalarType:
                b.Append("scalar ").Append(type.Name);
                break;
            case ObjectType obj:
                b.Append("type ").Append(obj.Name);
                Fields(b, obj);
                break;
            case InterfaceType iface:
                b.Append("interface ").Append(iface.Name);
                Fields(b, iface);
                break;
            case UnionType union:
                b.Append("union ").Append(union.Name).Append(" = ").Append(string.Join(" | ", union.Types.Select(t => t.Name)));
                break;
            case EnumType enumType:
                b.Append("enum ").Append(enumType.Name).Append(" {\n");
                foreach (var value in enumType.Values)
                {
                    Description(b, value.Description, "  ");
                    b.Append("  ").Append(value.Name).Append(Deprecated(value.DeprecationReason)).Append('\n');
                }
                b.Append('}');
                break;
            case InputObjectType input:
                b.Append("input ").Append(input.Name).Append(input.IsOneOf ? " @oneOf" : "").Append(" {\n");
                foreach (var field in input.Fields)
                {
                    Description(b, field.Description, "  ");
                    b.Append("  ").Append(InputValue(field)).Append('\n');
                }
                b.Append('}');
                break;
        }
        return b.ToString();
    }

    private static void Fields(StringBuilder b, ComplexType type)
    {
        if (type.Interfaces.Count > 0)
        {
            b.Append(" implements ").Append(string.Join(" & ", type.Interfaces.Select(i => i.Name)));
        }
        b.Append(" {\n");
        foreach (var field in type.Fields)
        {
            Description(b, field.Description, "  ");
            b.Append("  ").Append(field.Name);
            if (field.Arguments.Count > 0)
            {
                b.Append('(').Append(string.Join(", ", field.Arguments.Select(InputValue))).Append(')');
            }
            b.Append(": ").Append(field.Type).Append(Deprecated(field.DeprecationReason)).Append('\n');
        }
        b.Append('}');
    }

    private static string InputValue(InputValueDefinition value)
        => value.Name + ": " + value.Type + (value.DefaultValue is { } d ? " = " + Printer.Print(d) : "") + Deprecated(value.DeprecationReason);

    private static string Deprecated(string? reason)
        => reason is null ? "" : reason == "No longer supported" ? " @deprecated" : " @deprecated(reason: " + Printer.PrintString(reason) + ")";

    private static void Description(StringBuilder b, string? description, string indent)
    {
        if (description is null)
        {
            return;
        }
        var block = Printer.PrintBlockString(description).Replace("\n", "\n" + indent, StringComparison.Ordinal);
        b.Append(indent).Append(block).Append('\n');
    }
}
