using System.Text;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Language;

/// <summary>Prints AST nodes back to GraphQL text in graphql-js's layout (values inline, two-space indent).</summary>
public static class Printer
{
    public static string Print(SyntaxNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node, 0);
        return builder.ToString();
    }

    /// <summary>Printing for error messages (graphql-js printForError).</summary>
    public static string PrintForError(SyntaxNode node) => Print(node);

    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    public static string PrintBlockString(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Split('\n');
        var isSingleLine = lines.Length == 1;
        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(l => l.Length == 0 || l[0] is ' ' or '\t');
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
        var multiple = !isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes;
        var builder = new StringBuilder("\"\"\"");
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';
        if ((multiple && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }
        builder.Append(escaped);
        if (multiple || forceTrailingNewline)
        {
            builder.Append('\n');
        }
        return builder.Append("\"\"\"").ToString();
    }

    private static void Indent(StringBuilder builder, int depth) => builder.Append(' ', depth * 2);

    private static void Write(StringBuilder b, SyntaxNode node, int depth)
    {
        switch (node)
        {
            case DocumentNode document:
                for (var i = 0; i < document.Definitions.Count; i++)
                {
                    if (i > 0)
                    {
                        b.Append("\n\n");
                    }
                    Write(b, document.Definitions[i], depth);
                }
                break;
            case OperationDefinitionNode operation:
                WriteDescription(b, operation.Description, depth);
                var anonymousQuery = operation.Operation == OperationType.Query && operation.Name is null
                    && operation.VariableDefinitions.Count == 0 && operation.Directives.Count == 0 && operation.Description is null;
                if (!anonymousQuery)
                {
                    b.Append(operation.Operation.ToString().ToLowerInvariant());
                    if (operation.Name is not null)
                    {
                        b.Append(' ').Append(operation.Name.Value);
                    }
                    if (operation.VariableDefinitions.Count > 0)
                    {
                        if (operation.Name is null)
                        {
                            b.Append(' ');
                        }
                        b.Append('(');
                        WriteJoined(b, operation.VariableDefinitions, ", ", depth);
                        b.Append(')');
                    }
                    WriteDirectives(b, operation.Directives, depth);
                    b.Append(' ');
                }
                Write(b, operation.SelectionSet, depth);
                break;
            case VariableDefinitionNode variable:
                WriteDescription(b, variable.Description, depth);
                Write(b, variable.Variable, depth);
                b.Append(": ");
                Write(b, variable.Type, depth);
                if (variable.DefaultValue is not null)
                {
                    b.Append(" = ");
                    Write(b, variable.DefaultValue, depth);
                }
                WriteDirectives(b, variable.Directives, depth);
                break;
            case SelectionSetNode set:
                if (set.Selections.Count == 0)
                {
                    b.Append("{}");
                    break;
                }
                b.Append("{\n");
                foreach (var selection in set.Selections)
                {
                    Indent(b, depth + 1);
                    Write(b, selection, depth + 1);
                    b.Append('\n');
                }
                Indent(b, depth);
                b.Append('}');
                break;
            case FieldNode field:
                if (field.Alias is not null)
                {
                    b.Append(field.Alias.Value).Append(": ");
                }
                b.Append(field.Name.Value);
                if (field.Arguments.Count > 0)
                {
                    b.Append('(');
                    WriteJoined(b, field.Arguments, ", ", depth);
                    b.Append(')');
                }
                WriteDirectives(b, field.Directives, depth);
                if (field.SelectionSet is not null)
                {
                    b.Append(' ');
                    Write(b, field.SelectionSet, depth);
                }
                break;
            case FragmentSpreadNode spread:
                b.Append("...").Append(spread.Name.Value);
                WriteDirectives(b, spread.Directives, depth);
                break;
            case InlineFragmentNode inline:
                b.Append("...");
                if (inline.TypeCondition is not null)
                {
                    b.Append(" on ").Append(inline.TypeCondition.Name.Value);
                }
                WriteDirectives(b, inline.Directives, depth);
                b.Append(' ');
                Write(b, inline.SelectionSet, depth);
                break;
            case FragmentDefinitionNode fragment:
                WriteDescription(b, fragment.Description, depth);
                b.Append("fragment ").Append(fragment.Name.Value).Append(" on ").Append(fragment.TypeCondition.Name.Value);
                WriteDirectives(b, fragment.Directives, depth);
                b.Append(' ');
                Write(b, fragment.SelectionSet, depth);
                break;
            case ArgumentNode argument:
                b.Append(argument.Name.Value).Append(": ");
                Write(b, argument.Value, depth);
                break;
            case DirectiveNode directive:
                b.Append('@').Append(directive.Name.Value);
                if (directive.Arguments.Count > 0)
                {
                    b.Append('(');
                    WriteJoined(b, directive.Arguments, ", ", depth);
                    b.Append(')');
                }
                break;
            case VariableNode variableRef:
                b.Append('$').Append(variableRef.Name.Value);
                break;
            case IntValueNode i:
                b.Append(i.Value);
                break;
            case FloatValueNode f:
                b.Append(f.Value);
                break;
            case StringValueNode s:
                b.Append(s.Block ? PrintBlockString(s.Value) : PrintString(s.Value));
                break;
            case BooleanValueNode boolean:
                b.Append(boolean.Value ? "true" : "false");
                break;
            case NullValueNode:
                b.Append("null");
                break;
            case EnumValueNode e:
                b.Append(e.Value);
                break;
            case ListValueNode list:
                b.Append('[');
                WriteJoined(b, list.Values, ", ", depth);
                b.Append(']');
                break;
            case ObjectValueNode obj:
                if (obj.Fields.Count == 0)
                {
                    b.Append("{}");
                    break;
                }
                b.Append("{ ");
                WriteJoined(b, obj.Fields, ", ", depth);
                b.Append(" }");
                break;
            case ObjectFieldNode objectField:
                b.Append(objectField.Name.Value).Append(": ");
                Write(b, objectField.Value, depth);
                break;
            case NamedTypeNode named:
                b.Append(named.Name.Value);
                break;
            case ListTypeNode listType:
                b.Append('[');
                Write(b, listType.Type, depth);
                b.Append(']');
                break;
            case NonNullTypeNode nonNull:
                Write(b, nonNull.Type, depth);
                b.Append('!');
                break;
            case NameNode name:
                b.Append(name.Value);
                break;
            case SchemaCoordinateNode coordinate:
                b.Append(coordinate.ToString());
                break;
            case TypeSystemDefinitionNode definition:
                WriteTypeSystem(b, definition, depth);
                break;
        }
    }

    private static void WriteTypeSystem(StringBuilder b, TypeSystemDefinitionNode node, int depth)
    {
        if (!node.IsExtension)
        {
            WriteDescription(b, node.Description, depth);
        }
        else
        {
            b.Append("extend ");
        }
        switch (node)
        {
            case SchemaDefinitionNode schema:
                b.Append("schema");
                WriteDirectives(b, schema.Directives, depth);
                if (schema.OperationTypes.Count > 0)
                {
                    b.Append(" {\n");
                    foreach (var operationType in schema.OperationTypes)
                    {
                        Indent(b, depth + 1);
                        b.Append(operationType.Operation.ToString().ToLowerInvariant()).Append(": ").Append(operationType.Type.Name.Value).Append('\n');
                    }
                    b.Append('}');
                }
                break;
            case ScalarTypeDefinitionNode scalar:
                b.Append("scalar ").Append(scalar.Name.Value);
                WriteDirectives(b, scalar.Directives, depth);
                break;
            case ObjectTypeDefinitionNode obj:
                b.Append("type ").Append(obj.Name.Value);
                WriteImplements(b, obj.Interfaces);
                WriteDirectives(b, obj.Directives, depth);
                WriteBlock(b, obj.Fields, depth);
                break;
            case InterfaceTypeDefinitionNode iface:
                b.Append("interface ").Append(iface.Name.Value);
                WriteImplements(b, iface.Interfaces);
                WriteDirectives(b, iface.Directives, depth);
                WriteBlock(b, iface.Fields, depth);
                break;
            case UnionTypeDefinitionNode union:
                b.Append("union ").Append(union.Name.Value);
                WriteDirectives(b, union.Directives, depth);
                if (union.Types.Count > 0)
                {
                    b.Append(" = ");
                    WriteJoined(b, union.Types, " | ", depth);
                }
                break;
            case EnumTypeDefinitionNode enumType:
                b.Append("enum ").Append(enumType.Name.Value);
                WriteDirectives(b, enumType.Directives, depth);
                WriteBlock(b, enumType.Values, depth);
                break;
            case InputObjectTypeDefinitionNode input:
                b.Append("input ").Append(input.Name.Value);
                WriteDirectives(b, input.Directives, depth);
                WriteBlock(b, input.Fields, depth);
                break;
            case DirectiveDefinitionNode directive:
                b.Append("directive @").Append(directive.Name.Value);
                if (directive.Arguments.Count > 0)
                {
                    b.Append('(');
                    WriteJoined(b, directive.Arguments, ", ", depth);
                    b.Append(')');
                }
                if (directive.Repeatable)
                {
                    b.Append(" repeatable");
                }
                b.Append(" on ");
                WriteJoined(b, directive.Locations, " | ", depth);
                break;
        }
    }

    private static void WriteImplements(StringBuilder b, IReadOnlyList<NamedTypeNode> interfaces)
    {
        if (interfaces.Count == 0)
        {
            return;
        }
        b.Append(" implements ");
        for (var i = 0; i < interfaces.Count; i++)
        {
            b.Append(i > 0 ? " & " : string.Empty).Append(interfaces[i].Name.Value);
        }
    }

    private static void WriteBlock<T>(StringBuilder b, IReadOnlyList<T> members, int depth)
        where T : SyntaxNode
    {
        if (members.Count == 0)
        {
            return;
        }
        b.Append(" {\n");
        foreach (var member in members)
        {
            Indent(b, depth + 1);
            WriteMember(b, member, depth + 1);
            b.Append('\n');
        }
        Indent(b, depth);
        b.Append('}');
    }

    private static void WriteMember(StringBuilder b, SyntaxNode member, int depth)
    {
        switch (member)
        {
            case FieldDefinitionNode field:
                WriteDescription(b, field.Description, depth);
                b.Append(field.Name.Value);
                if (field.Arguments.Count > 0)
                {
                    b.Append('(');
                    for (var i = 0; i < field.Arguments.Count; i++)
                    {
                        if (i > 0)
                        {
                            b.Append(", ");
                        }
                        WriteMember(b, field.Arguments[i], depth);
                    }
                    b.Append(')');
                }
                b.Append(": ");
                Write(b, field.Type, depth);
                WriteDirectives(b, field.Directives, depth);
                break;
            case InputValueDefinitionNode input:
                WriteDescription(b, input.Description, depth);
                b.Append(input.Name.Value).Append(": ");
                Write(b, input.Type, depth);
                if (input.DefaultValue is not null)
                {
                    b.Append(" = ");
                    Write(b, input.DefaultValue, depth);
                }
                WriteDirectives(b, input.Directives, depth);
                break;
            case EnumValueDefinitionNode value:
                WriteDescription(b, value.Description, depth);
                b.Append(value.Name.Value);
                WriteDirectives(b, value.Directives, depth);
                break;
        }
    }

    private static void WriteDescription(StringBuilder b, StringValueNode? description, int depth)
    {
        if (description is null)
        {
            return;
        }
        b.Append(PrintBlockString(description.Value).Replace("\n", "\n" + new string(' ', depth * 2), StringComparison.Ordinal)).Append('\n');
        Indent(b, depth);
    }

    private static void WriteDirectives(StringBuilder b, IReadOnlyList<DirectiveNode> directives, int depth)
    {
        foreach (var directive in directives)
        {
            b.Append(' ');
            Write(b, directive, depth);
        }
    }

    private static void WriteJoined<T>(StringBuilder b, IReadOnlyList<T> nodes, string separator, int depth)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (i > 0)
            {
                b.Append(separator);
            }
            if (nodes[i] is InputValueDefinitionNode)
            {
                WriteMember(b, nodes[i], depth);
            }
            else
            {
                Write(b, nodes[i], depth);
            }
        }
    }
}
