using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Types;

/// <summary>
/// Checks an SDL document before building, as graphql-js assertValidSDL does (its specifiedSDLRules): unique
/// names, known types and directives, directive locations and arguments, possible extensions.
/// </summary>
internal static class SdlValidator
{
    private static readonly HashSet<string> BuiltInScalarNames = ["String", "Int", "Float", "Boolean", "ID"];

    public static List<string> Validate(DocumentNode document)
    {
        var errors = new List<string>();
        var typeKinds = new Dictionary<string, TypeDefinitionNode>(StringComparer.Ordinal);
        var directives = new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal);
        foreach (var node in SchemaBuilder.BuiltInDefinitions)
        {
            if (node is DirectiveDefinitionNode builtIn)
            {
                directives[builtIn.Name.Value] = builtIn;
            }
        }
        var sdlDirectives = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode { IsExtension: false } type:
                    typeKinds.TryAdd(type.Name.Value, type);
                    break;
                case DirectiveDefinitionNode directive:
                    if (sdlDirectives.Add(directive.Name.Value))
                    {
                        directives[directive.Name.Value] = directive;
                    }
                    break;
            }
        }
        var known = new HashSet<string>(typeKinds.Keys, StringComparer.Ordinal);
        known.UnionWith(BuiltInScalarNames);
        foreach (var node in SchemaBuilder.IntrospectionDefinitions)
        {
            if (node is TypeDefinitionNode t)
            {
                known.Add(t.Name.Value);
            }
        }

        var seenTypes = new HashSet<string>(StringComparer.Ordinal);
        var seenDirectives = new HashSet<string>(StringComparer.Ordinal);
        var fieldNames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var directivesPerType = new Dictionary<string, Dictionary<string, bool>>(StringComparer.Ordinal);
        var schemaDirectives = new Dictionary<string, bool>(StringComparer.Ordinal);
        var schemaCount = 0;
        var operationTypes = new HashSet<OperationType>();

        void CheckType(TypeNode node)
        {
            switch (node)
            {
                case NonNullTypeNode nonNull: CheckType(nonNull.Type); break;
                case ListTypeNode list: CheckType(list.Type); break;
                case NamedTypeNode named when !known.Contains(named.Name.Value):
                    var candidates = new List<string>(BuiltInScalarNames);
                    candidates.AddRange(typeKinds.Keys);
                    errors.Add($"Unknown type \"{named.Name.Value}\"." + Suggestions.DidYouMean(Suggestions.List(named.Name.Value, candidates.Distinct())));
                    break;
            }
        }

        void CheckDirectives(IReadOnlyList<DirectiveNode> applied, string location, Dictionary<string, bool>? seen = null)
        {
            seen ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var directive in applied)
            {
                var name = directive.Name.Value;
                if (directives.TryGetValue(name, out var definition) && !definition.Repeatable)
                {
                    if (!seen.TryAdd(name, true))
                    {
                        errors.Add($"The directive \"@{name}\" can only be used once at this location.");
                    }
                }
            }
            foreach (var directive in applied)
            {
                var name = directive.Name.Value;
                if (!directives.TryGetValue(name, out var definition))
                {
                    errors.Add($"Unknown directive \"@{name}\".");
                    continue;
                }
                if (!definition.Locations.Any(l => l.Value == location))
                {
                    errors.Add($"Directive \"@{name}\" may not be used on {location}.");
                }
                foreach (var argument in directive.Arguments)
                {
                    if (!definition.Arguments.Any(a => a.Name.Value == argument.Name.Value))
                    {
                        errors.Add($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\"." +
                            Suggestions.DidYouMean(Suggestions.List(argument.Name.Value, definition.Arguments.Select(a => a.Name.Value))));
                    }
                }
                foreach (var group in directive.Arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
                {
                    errors.Add($"There can be only one argument named \"{group.Key}\".");
                }
                foreach (var argument in definition.Arguments)
                {
                    if (argument.Type is NonNullTypeNode && argument.DefaultValue is null && !directive.Arguments.Any(a => a.Name.Value == argument.Name.Value))
                    {
                        errors.Add($"Argument \"@{name}({argument.Name.Value}:)\" of type \"{Language.Printer.Print(argument.Type)}\" is required, but it was not provided.");
                    }
                }
            }
        }

        void CheckArguments(string parent, IReadOnlyList<InputValueDefinitionNode> arguments, string location)
        {
            foreach (var group in arguments.GroupBy(a => a.Name.Value).Where(g => g.Count() > 1))
            {
                errors.Add($"Argument \"{parent}({group.Key}:)\" can only be defined once.");
            }
            foreach (var argument in arguments)
            {
                CheckType(argument.Type);
                CheckDirectives(argument.Directives, location);
            }
        }

        void CheckFields(string typeName, IReadOnlyList<FieldDefinitionNode> fields)
        {
            if (!fieldNames.TryGetValue(typeName, out var names))
            {
                fieldNames[typeName] = names = new HashSet<string>(StringComparer.Ordinal);
            }
            foreach (var field in fields)
            {
                if (!names.Add(field.Name.Value))
                {
                    errors.Add($"Field \"{typeName}.{field.Name.Value}\" can only be defined once.");
                }
            }
            foreach (var field in fields)
            {
                CheckArguments($"{typeName}.{field.Name.Value}", field.Arguments, "ARGUMENT_DEFINITION");
                CheckType(field.Type);
                CheckDirectives(field.Directives, "FIELD_DEFINITION");
            }
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    if (!schema.IsExtension && ++schemaCount > 1)
                    {
                        errors.Add("Must provide only one schema definition.");
                    }
                    foreach (var operationType in schema.OperationTypes)
                    {
                        if (!operationTypes.Add(operationType.Operation))
                        {
                            errors.Add($"There can be only one {operationType.Operation.ToString().ToLowerInvariant()} type in schema.");
                        }
                        CheckType(operationType.Type);
                    }
                    CheckDirectives(schema.Directives, "SCHEMA", schemaDirectives);
                    break;
                case TypeDefinitionNode type:
                    {
                        var name = type.Name.Value;
                        if (!type.IsExtension && !seenTypes.Add(name))
                        {
                            errors.Add($"There can be only one type named \"{name}\".");
                        }
                        if (type.IsExtension)
                        {
                            if (!typeKinds.TryGetValue(name, out var original))
                            {
                                var candidates = Suggestions.List(name, typeKinds.Keys);
                                errors.Add($"Cannot extend type \"{name}\" because it is not defined." + Suggestions.DidYouMean(candidates));
                            }
                            else if (original.GetType() != type.GetType())
                            {
                                errors.Add($"Cannot extend non-{KindName(type)} type \"{name}\".");
                            }
                        }
                        if (!directivesPerType.TryGetValue(name, out var seen))
                        {
                            directivesPerType[name] = seen = new Dictionary<string, bool>(StringComparer.Ordinal);
                        }
                        switch (type)
                        {
                            case ScalarTypeDefinitionNode:
                                CheckDirectives(type.Directives, "SCALAR", seen);
                                break;
                            case ObjectTypeDefinitionNode obj:
                                CheckFields(name, obj.Fields);
                                foreach (var iface in obj.Interfaces)
                                {
                                    CheckType(iface);
                                }
                                CheckDirectives(type.Directives, "OBJECT", seen);
                                break;
                            case InterfaceTypeDefinitionNode iface:
                                CheckFields(name, iface.Fields);
                                foreach (var parent in iface.Interfaces)
                                {
                                    CheckType(parent);
                                }
                                CheckDirectives(type.Directives, "INTERFACE", seen);
                                break;
                            case UnionTypeDefinitionNode union:
                                foreach (var member in union.Types)
                                {
                                    CheckType(member);
                                }
                                CheckDirectives(type.Directives, "UNION", seen);
                                break;
                            case EnumTypeDefinitionNode enumType:
                                {
                                    if (!fieldNames.TryGetValue(name, out var values))
                                    {
                                        fieldNames[name] = values = new HashSet<string>(StringComparer.Ordinal);
                                    }
                                    foreach (var value in enumType.Values)
                                    {
                                        if (!values.Add(value.Name.Value))
                                        {
                                            errors.Add($"Enum value \"{name}.{value.Name.Value}\" can only be defined once.");
                                        }
                                        CheckDirectives(value.Directives, "ENUM_VALUE");
                                    }
                                    CheckDirectives(type.Directives, "ENUM", seen);
                                    break;
                                }
                            case InputObjectTypeDefinitionNode input:
                                {
                                    if (!fieldNames.TryGetValue(name, out var inputNames))
                                    {
                                        fieldNames[name] = inputNames = new HashSet<string>(StringComparer.Ordinal);
                                    }
                                    foreach (var field in input.Fields)
                                    {
                                        if (!inputNames.Add(field.Name.Value))
                                        {
                                            errors.Add($"Field \"{name}.{field.Name.Value}\" can only be defined once.");
                                        }
                                        CheckType(field.Type);
                                        CheckDirectives(field.Directives, "INPUT_FIELD_DEFINITION");
                                    }
                                    CheckDirectives(type.Directives, "INPUT_OBJECT", seen);
                                    break;
                                }
                        }
                        break;
                    }
                case DirectiveDefinitionNode directive:
                    if (!seenDirectives.Add(directive.Name.Value))
                    {
                        errors.Add($"There can be only one directive named \"@{directive.Name.Value}\".");
                    }
                    CheckArguments("@" + directive.Name.Value, directive.Arguments, "ARGUMENT_DEFINITION");
                    CheckDirectives(directive.Directives, "DIRECTIVE_DEFINITION");
                    break;
            }
        }
        return errors;
    }

    private static string KindName(TypeDefinitionNode node) => node switch
    {
        ScalarTypeDefinitionNode => "scalar",
        ObjectTypeDefinitionNode => "object",
        InterfaceTypeDefinitionNode => "interface",
        UnionTypeDefinitionNode => "union",
        EnumTypeDefinitionNode => "enum",
        _ => "input object",
    };
}
