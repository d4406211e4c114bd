using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Types;

/// <summary>Unknown type and directive references in SDL (graphql-js KnownTypeNames / KnownDirectives on SDL).</summary>
internal static class SdlReferences
{
    private static readonly HashSet<string> BuiltInDirectives = ["include", "skip", "deprecated", "specifiedBy", "oneOf"];

    public static void Check(DocumentNode document, HashSet<string> knownTypes, HashSet<string> directiveNames, List<string> errors)
    {
        var introspection = new HashSet<string>(StringComparer.Ordinal)
        {
            "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
        };

        void Type(TypeNode node)
        {
            switch (node)
            {
                case NonNullTypeNode nonNull: Type(nonNull.Type); break;
                case ListTypeNode list: Type(list.Type); break;
                case NamedTypeNode named:
                    var name = named.Name.Value;
                    if (!knownTypes.Contains(name) && !introspection.Contains(name))
                    {
                        errors.Add($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.List(name, knownTypes)));
                    }
                    break;
            }
        }

        void Directives(IReadOnlyList<DirectiveNode> directives)
        {
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!directiveNames.Contains(name) && !BuiltInDirectives.Contains(name))
                {
                    errors.Add($"Unknown directive \"@{name}\".");
                }
            }
        }

        void InputValues(IReadOnlyList<InputValueDefinitionNode> values)
        {
            foreach (var value in values)
            {
                Type(value.Type);
                Directives(value.Directives);
            }
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    Directives(schema.Directives);
                    foreach (var operationType in schema.OperationTypes)
                    {
                        Type(operationType.Type);
                    }
                    break;
                case ObjectTypeDefinitionNode obj:
                    Directives(obj.Directives);
                    foreach (var iface in obj.Interfaces)
                    {
                        Type(iface);
                    }
                    foreach (var field in obj.Fields)
                    {
                        Type(field.Type);
                        Directives(field.Directives);
                        InputValues(field.Arguments);
                    }
                    break;
                case InterfaceTypeDefinitionNode iface:
                    Directives(iface.Directives);
                    foreach (var parent in iface.Interfaces)
                    {
                        Type(parent);
                    }
                    foreach (var field in iface.Fields)
                    {
                        Type(field.Type);
                        Directives(field.Directives);
                        InputValues(field.Arguments);
                    }
                    break;
                case UnionTypeDefinitionNode union:
                    Directives(union.Directives);
                    foreach (var member in union.Types)
                    {
                        Type(member);
                    }
                    break;
                case EnumTypeDefinitionNode enumType:
                    Directives(enumType.Directives);
                    foreach (var value in enumType.Values)
                    {
                        Directives(value.Directives);
                    }
                    break;
                case InputObjectTypeDefinitionNode input:
                    Directives(input.Directives);
                    InputValues(input.Fields);
                    break;
                case ScalarTypeDefinitionNode scalar:
                    Directives(scalar.Directives);
                    break;
                case DirectiveDefinitionNode directive:
                    InputValues(directive.Arguments);
                    break;
            }
        }
    }
}
