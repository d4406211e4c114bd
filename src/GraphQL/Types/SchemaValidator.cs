using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Types;

/// <summary>
/// Schema validation (spec 3: "Type Validation" sections of objects, interfaces, unions, enums, input objects,
/// directives and root operation types), in graphql-js validateSchema's order and wording.
/// </summary>
internal static class SchemaValidator
{
    private static readonly HashSet<string> IntrospectionTypeNames =
        ["__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"];

    public static List<GraphQLError> Validate(Schema schema)
    {
        var errors = new List<GraphQLError>();
        void Report(string message, IEnumerable<SyntaxNode?> nodes)
        {
            var locations = new List<SourceLocation>();
            foreach (var node in nodes)
            {
                if (node is not null)
                {
                    locations.Add(new SourceLocation(node.Location.Line, node.Location.Column));
                }
            }
            errors.Add(new GraphQLError(message, locations.Count > 0 ? locations : null));
        }

        if (!schema.DeclaredRoots.Any(r => r.Operation == "query"))
        {
            Report("Query root type must be provided.", []);
        }
        ValidateRootTypes(schema, Report);
        foreach (var directive in schema.Directives)
        {
            if (directive.Name.StartsWith("__", StringComparison.Ordinal))
            {
                Report($"Name \"{directive.Name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", [directive.Definition]);
            }
            foreach (var argument in directive.Arguments)
            {
                ValidateName(argument.Name, argument.Definition, Report);
                if (!argument.Type.IsInputType)
                {
                    Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", [argument.Definition]);
                }
                if (argument.IsRequired && argument.DeprecationReason is not null)
                {
                    Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", [DeprecatedNode(argument.Definition?.Directives), argument.Definition?.Type]);
                }
                ValidateDefault(argument, Report);
            }
        }
        foreach (var type in schema.Types)
        {
            if (!IntrospectionTypeNames.Contains(type.Name))
            {
                ValidateName(type.Name, type.Definition, Report);
            }
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, Report);
                    ValidateInterfaces(schema, complex, Report);
                    break;
                case UnionType union:
                    ValidateUnion(union, Report);
                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                    {
                        Report($"Enum type {enumType.Name} must define one or more values.", Nodes(enumType));
                    }
                    foreach (var value in enumType.Values)
                    {
                        ValidateName(value.Name, value.Definition, Report);
                    }
                    break;
                case InputObjectType input:
                    ValidateInputFields(input, Report);
                    break;
            }
        }
        InputCycles.Detect(schema, Report);
        return errors;
    }

    private static void ValidateRootTypes(Schema schema, Action<string, IEnumerable<SyntaxNode?>> report)
    {
        var objectRoots = new List<(string Operation, NamedType Type, NamedTypeNode? Node)>();
        foreach (var root in schema.DeclaredRoots)
        {
            if (root.Type is not ObjectType)
            {
                var operation = char.ToUpperInvariant(root.Operation[0]) + root.Operation[1..];
                report(root.Operation == "query"
                    ? $"{operation} root type must be Object type, it cannot be {root.Type.Name}."
                    : $"{operation} root type must be Object type if provided, it cannot be {root.Type.Name}.", [root.Node is not null ? root.Node : root.Type.Definition]);
            }
            else
            {
                objectRoots.Add(root);
            }
        }
        foreach (var group in objectRoots.GroupBy(r => r.Type))
        {
            var operations = group.ToList();
            if (operations.Count > 1)
            {
                report($"All root types must be different, \"{group.Key.Name}\" type is used as {Utilities.Suggestions.AndList([.. operations.Select(o => o.Operation)])} root types.",
                    operations.Select(o => (SyntaxNode?)o.Node));
            }
        }
    }

    internal static IEnumerable<SyntaxNode?> Nodes(NamedType type) => [type.Definition, .. type.Extensions];

    private static void ValidateName(string name, SyntaxNode? node, Action<string, IEnumerable<SyntaxNode?>> report)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", [node]);
        }
    }

    /// <summary>A default value must be valid for its type (spec 3.6 / 3.10 "default value" coercion).</summary>
    private static void ValidateDefault(InputValueDefinition value, Action<string, IEnumerable<SyntaxNode?>> report)
    {
        if (value.DefaultValue is not { } literal || !value.Type.IsInputType)
        {
            return;
        }
        Validation.LiteralValidator.Validate(literal, value.Type,
            (message, node, path) => report($"{value.Coordinate} has invalid default value{ValueCoercion.PrintPath(path)}: {message}", [node]), []);
    }

    private static DirectiveNode? DeprecatedNode(IReadOnlyList<DirectiveNode>? directives) =>
        directives?.FirstOrDefault(d => d.Name.Value == "deprecated");

    private static void ValidateFields(ComplexType type, Action<string, IEnumerable<SyntaxNode?>> report)
    {
        if (type.Fields.Count == 0)
        {
            report($"Type {type.Name} must define one or more fields.", Nodes(type));
        }
        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.Definition, report);
            if (!field.Type.IsOutputType)
            {
                report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", [field.Definition?.Type]);
            }
            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, argument.Definition, report);
                if (!argument.Type.IsInputType)
                {
                    report($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", [argument.Definition?.Type]);
                }
                if (argument.IsRequired && argument.DeprecationReason is not null)
                {
                    report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", [DeprecatedNode(argument.Definition?.Directives), argument.Definition?.Type]);
                }
                ValidateDefault(argument, report);
            }
        }
    }

    private static List<NamedTypeNode> ImplementsNodes(ComplexType type, string interfaceName)
    {
        var nodes = new List<NamedTypeNode>();
        foreach (var definition in Nodes(type))
        {
            var interfaces = definition switch
            {
                ObjectTypeDefinitionNode o => o.Interfaces,
                InterfaceTypeDefinitionNode i => i.Interfaces,
                _ => [],
            };
            nodes.AddRange(interfaces.Where(n => n.Name.Value == interfaceName));
        }
        return nodes;
    }

    private static void ValidateInterfaces(Schema schema, ComplexType type, Action<string, IEnumerable<SyntaxNode?>> report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declared in type.DeclaredInterfaces)
        {
            if (declared is not InterfaceType iface)
            {
                report($"Type {type.Name} must only implement Interface types, it cannot implement {declared.Name}.", ImplementsNodes(type, declared.Name));
                continue;
            }
            if (ReferenceEquals(type, iface))
            {
                report($"Type {type.Name} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, iface.Name));
                continue;
            }
            if (!seen.Add(iface.Name))
            {
                report($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface.Name));
                continue;
            }
            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Interfaces.Contains(transitive))
                {
                    report(ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                        [.. ImplementsNodes(iface, transitive.Name), .. ImplementsNodes(type, iface.Name)]);
                }
            }
            ValidateImplementation(schema, type, iface, report);
        }
    }

    private static void ValidateImplementation(Schema schema, ComplexType type, InterfaceType iface, Action<string, IEnumerable<SyntaxNode?>> report)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var typeField = type.GetField(ifaceField.Name);
            if (typeField is null)
            {
                report($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.", [ifaceField.Definition, .. Nodes(type)]);
                continue;
            }
            if (!Validation.Rules.VariablesInAllowedPosition.IsSubType(schema, typeField.Type, ifaceField.Type))
            {
                report($"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{typeField.Name} is type {typeField.Type}.",
                    [ifaceField.Definition?.Type, typeField.Definition?.Type]);
            }
            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var typeArg = typeField.GetArgument(ifaceArg.Name);
                if (typeArg is null)
                {
                    report($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expected but {type.Name}.{typeField.Name} does not provide it.",
                        [ifaceArg.Definition, typeField.Definition]);
                    continue;
                }
                if (!GraphQLType.AreEqual(ifaceArg.Type, typeArg.Type))
                {
                    report($"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{typeField.Name}({typeArg.Name}:) is type {typeArg.Type}.",
                        [ifaceArg.Definition?.Type, typeArg.Definition?.Type]);
                }
            }
            foreach (var typeArg in typeField.Arguments)
            {
                if (typeArg.IsRequired && ifaceField.GetArgument(typeArg.Name) is null)
                {
                    report($"Argument \"{type.Name}.{typeField.Name}({typeArg.Name}:)\" must not be required type \"{typeArg.Type}\" if not provided by the Interface field \"{iface.Name}.{ifaceField.Name}\".",
                        [typeArg.Definition, ifaceField.Definition]);
                }
            }
            if (typeField.DeprecationReason is not null && ifaceField.DeprecationReason is null)
            {
                report($"Interface field {iface.Name}.{ifaceField.Name} is not deprecated, so implementation field {type.Name}.{typeField.Name} must not be deprecated.",
                    [DeprecatedNode(typeField.Definition?.Directives), typeField.Definition?.Type]);
            }
        }
    }

    private static void ValidateUnion(UnionType union, Action<string, IEnumerable<SyntaxNode?>> report)
    {
        if (union.DeclaredMembers.Count == 0)
        {
            report($"Union type {union.Name} must define one or more member types.", Nodes(union));
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.DeclaredMembers)
        {
            var nodes = Nodes(union).SelectMany(n => n is UnionTypeDefinitionNode u ? u.Types : []).Where(t => t.Name.Value == member.Name).ToList();
            if (!seen.Add(member.Name))
            {
                report($"Union type {union.Name} can only include type {member.Name} once.", nodes);
                continue;
            }
            if (member is not ObjectType)
            {
                report($"Union type {union.Name} can only include Object types, it cannot include {member.Name}.", nodes);
            }
        }
    }

    private static void ValidateInputFields(InputObjectType input, Action<string, IEnumerable<SyntaxNode?>> report)
    {
        if (input.Fields.Count == 0)
        {
            report($"Input Object type {input.Name} must define one or more fields.", Nodes(input));
        }
        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, field.Definition, report);
            if (!field.Type.IsInputType)
            {
                report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", [field.Definition?.Type]);
            }
            if (field.IsRequired && field.DeprecationReason is not null)
            {
                report($"Required input field {input.Name}.{field.Name} cannot be deprecated.", [DeprecatedNode(field.Definition?.Directives), field.Definition?.Type]);
            }
            ValidateDefault(field, report);
            if (input.IsOneOf)
            {
                if (field.Type.IsNonNull)
                {
                    report($"OneOf input field {input.Name}.{field.Name} must be nullable.", [field.Definition?.Type]);
                }
                if (field.DefaultValue is not null)
                {
                    report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", [field.Definition]);
                }
            }
        }
    }
}
