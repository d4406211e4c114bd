using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Types;

/// <summary>Turns validated SDL definitions into type objects, as graphql-js buildASTSchema does.</summary>
public sealed partial class SchemaBuilder
{
    private Schema Assemble()
    {
        var builtIns = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var scalar in BuiltInScalars.All)
        {
            builtIns[scalar.Name] = scalar;
        }
        var sdlTypes = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        var declared = new List<NamedType>();
        var definitions = new List<(NamedType Type, TypeDefinitionNode Node)>();

        void Declare(TypeDefinitionNode node, Dictionary<string, NamedType> into, List<NamedType>? order)
        {
            var name = node.Name.Value;
            if (builtIns.TryGetValue(name, out var builtIn))
            {
                into[name] = builtIn;
                order?.Add(builtIn);
                return;
            }
            NamedType type = node switch
            {
                ScalarTypeDefinitionNode => _scalars.TryGetValue(name, out var custom) ? custom : new ScalarType(name),
                ObjectTypeDefinitionNode => new ObjectType(name),
                InterfaceTypeDefinitionNode => new InterfaceType(name),
                UnionTypeDefinitionNode => new UnionType(name),
                EnumTypeDefinitionNode => new EnumType(name),
                _ => new InputObjectType(name),
            };
            type.Definition = node;
            into[name] = type;
            order?.Add(type);
            definitions.Add((type, node));
        }

        foreach (var node in _document.Definitions)
        {
            if (node is TypeDefinitionNode { IsExtension: false } typeNode && !sdlTypes.ContainsKey(typeNode.Name.Value))
            {
                Declare(typeNode, sdlTypes, declared);
            }
        }
        var introspectionTypes = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var node in IntrospectionDefinitions)
        {
            if (node is TypeDefinitionNode typeNode)
            {
                Declare(typeNode, introspectionTypes, null);
            }
        }
        foreach (var node in BuiltInDefinitions)
        {
            if (node is ScalarTypeDefinitionNode scalar && builtIns.TryGetValue(scalar.Name.Value, out var builtIn))
            {
                builtIn.Description ??= scalar.Description?.Value;
            }
        }

        NamedType Lookup(string name) =>
            sdlTypes.GetValueOrDefault(name) ?? introspectionTypes.GetValueOrDefault(name) ?? builtIns.GetValueOrDefault(name)
            ?? throw new SchemaException([$"Unknown type \"{name}\"."]);

        GraphQLType Resolve(TypeNode node) => node switch
        {
            NonNullTypeNode nonNull => new NonNullType(Resolve(nonNull.Type)),
            ListTypeNode list => new ListType(Resolve(list.Type)),
            NamedTypeNode named => Lookup(named.Name.Value),
            _ => throw new InvalidOperationException(),
        };

        var extensions = new Dictionary<string, List<TypeDefinitionNode>>(StringComparer.Ordinal);
        foreach (var node in _document.Definitions)
        {
            if (node is TypeDefinitionNode { IsExtension: true } extension)
            {
                if (!extensions.TryGetValue(extension.Name.Value, out var list))
                {
                    extensions[extension.Name.Value] = list = [];
                }
                list.Add(extension);
            }
        }

        foreach (var (type, node) in definitions)
        {
            var nodes = new List<TypeDefinitionNode> { node };
            if (extensions.TryGetValue(type.Name, out var more) && sdlTypes.ContainsKey(type.Name))
            {
                nodes.AddRange(more);
                type.Extensions.AddRange(more);
            }
            type.Description = node.Description?.Value;
            foreach (var part in nodes)
            {
                Fill(type, part, Resolve, Lookup);
            }
        }

        var directives = new List<DirectiveDefinition>();
        foreach (var node in _document.Definitions)
        {
            if (node is DirectiveDefinitionNode directive && directives.TrueForAll(d => d.Name != directive.Name.Value))
            {
                directives.Add(BuildDirective(directive, Resolve));
            }
        }
        foreach (var node in BuiltInDefinitions)
        {
            if (node is DirectiveDefinitionNode directive && directives.TrueForAll(d => d.Name != directive.Name.Value))
            {
                directives.Add(BuildDirective(directive, Resolve));
            }
        }

        NamedType? queryRoot = null, mutationRoot = null, subscriptionRoot = null;
        string? description = null;
        var roots = new List<(string Operation, NamedType Type, NamedTypeNode? Node)>();
        foreach (var schemaNode in _document.Definitions.OfType<SchemaDefinitionNode>())
        {
            if (!schemaNode.IsExtension)
            {
                description ??= schemaNode.Description?.Value;
            }
            foreach (var operationType in schemaNode.OperationTypes)
            {
                var root = Lookup(operationType.Type.Name.Value);
                roots.Add((operationType.Operation.ToString().ToLowerInvariant(), root, operationType.Type));
                switch (operationType.Operation)
                {
                    case OperationType.Query: queryRoot = root; break;
                    case OperationType.Mutation: mutationRoot = root; break;
                    default: subscriptionRoot = root; break;
                }
            }
        }
        if (!_document.Definitions.Any(d => d is SchemaDefinitionNode { IsExtension: false }))
        {
            // As graphql-js: without a schema definition, types named Query/Mutation/Subscription are the roots.
            queryRoot = sdlTypes.GetValueOrDefault("Query") ?? queryRoot;
            mutationRoot = sdlTypes.GetValueOrDefault("Mutation") ?? mutationRoot;
            subscriptionRoot = sdlTypes.GetValueOrDefault("Subscription") ?? subscriptionRoot;
        }
        var query = queryRoot as ObjectType;
        var mutation = mutationRoot as ObjectType;
        var subscription = subscriptionRoot as ObjectType;

        var ordered = TypeOrder.Collect(declared, query, mutation, subscription, directives, (ObjectType)introspectionTypes["__Schema"]);

        foreach (var type in ordered)
        {
            if (type is EnumType enumType)
            {
                foreach (var (enumName, valueName, runtime) in _enumValues)
                {
                    if (enumName == enumType.Name)
                    {
                        (enumType.GetValue(valueName) ?? throw new InvalidOperationException($"Enum value {enumName}.{valueName} is not defined.")).Value = runtime;
                    }
                }
                enumType.Seal();
            }
        }

        BindResolvers(sdlTypes);
        Introspection.Bind(introspectionTypes);

        var clrTypes = new Dictionary<Type, ObjectType>();
        foreach (var (clr, name) in _clrTypes)
        {
            clrTypes[clr] = sdlTypes.GetValueOrDefault(name) as ObjectType ?? throw new InvalidOperationException($"Object type {name} is not defined.");
        }
        return new Schema(description, query, mutation, subscription, ordered, directives, _defaultResolver, clrTypes)
        {
            DeclaredRoots = [.. RootList(queryRoot, mutationRoot, subscriptionRoot, roots)],
        };
    }

    private static IEnumerable<(string Operation, NamedType Type, NamedTypeNode? Node)> RootList(NamedType? query, NamedType? mutation,
        NamedType? subscription, List<(string Operation, NamedType Type, NamedTypeNode? Node)> declared)
    {
        NamedTypeNode? NodeOf(string operation) => declared.LastOrDefault(r => r.Operation == operation).Node;
        if (query is not null)
        {
            yield return ("query", query, NodeOf("query"));
        }
        if (mutation is not null)
        {
            yield return ("mutation", mutation, NodeOf("mutation"));
        }
        if (subscription is not null)
        {
            yield return ("subscription", subscription, NodeOf("subscription"));
        }
    }

    private void BindResolvers(Dictionary<string, NamedType> types)
    {
        foreach (var (typeName, fieldName, resolver, sync) in _bindings)
        {
            var field = (types.GetValueOrDefault(typeName) as ComplexType)?.GetField(fieldName)
                ?? throw new InvalidOperationException($"Cannot bind a resolver to {typeName}.{fieldName}: no such field.");
            field.Resolver = resolver;
            field.SyncResolver = sync;
        }
        foreach (var (typeName, fieldName, cost) in _costs)
        {
            var field = (types.GetValueOrDefault(typeName) as ComplexType)?.GetField(fieldName)
                ?? throw new InvalidOperationException($"Cannot set the cost of {typeName}.{fieldName}: no such field.");
            field.Cost = cost;
        }
        foreach (var (typeName, resolver) in _typeResolvers)
        {
            switch (types.GetValueOrDefault(typeName))
            {
                case InterfaceType iface: iface.ResolveType = resolver; break;
                case UnionType union: union.ResolveType = resolver; break;
                default: throw new InvalidOperationException($"{typeName} is not an abstract type.");
            }
        }
        foreach (var (typeName, check) in _isTypeOf)
        {
            ((types.GetValueOrDefault(typeName) as ObjectType) ?? throw new InvalidOperationException($"{typeName} is not an object type.")).IsTypeOf = check;
        }
    }

    private static void Fill(NamedType type, TypeDefinitionNode node, Func<TypeNode, GraphQLType> resolve, Func<string, NamedType> lookup)
    {
        switch (type, node)
        {
            case (ScalarType scalar, ScalarTypeDefinitionNode):
                var url = ArgumentString(node.Directives, "specifiedBy", "url");
                if (url is not null)
                {
                    scalar.SpecifiedByUrl = url;
                }
                break;
            case (ComplexType complex, ObjectTypeDefinitionNode obj):
                FillComplex(complex, obj.Interfaces, obj.Fields, resolve, lookup);
                break;
            case (ComplexType complex, InterfaceTypeDefinitionNode iface):
                FillComplex(complex, iface.Interfaces, iface.Fields, resolve, lookup);
                break;
            case (UnionType union, UnionTypeDefinitionNode unionNode):
                foreach (var member in unionNode.Types)
                {
                    var memberType = lookup(member.Name.Value);
                    union.DeclaredMembers.Add(memberType);
                    if (memberType is ObjectType obj && !union.Types.Contains(obj))
                    {
                        union.Types.Add(obj);
                    }
                }
                break;
            case (EnumType enumType, EnumTypeDefinitionNode enumNode):
                foreach (var valueNode in enumNode.Values)
                {
                    enumType.AddValue(new EnumValueDefinition(valueNode.Name.Value)
                    {
                        Description = valueNode.Description?.Value,
                        DeprecationReason = Deprecation(valueNode.Directives),
                        Definition = valueNode,
                    });
                }
                break;
            case (InputObjectType input, InputObjectTypeDefinitionNode inputNode):
                if (HasDirective(inputNode.Directives, "oneOf"))
                {
                    input.IsOneOf = true;
                }
                foreach (var fieldNode in inputNode.Fields)
                {
                    var field = BuildInputValue(fieldNode, resolve);
                    field.Coordinate = input.Name + "." + field.Name;
                    input.AddField(field);
                }
                break;
        }
    }

    private static void FillComplex(ComplexType complex, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<FieldDefinitionNode> fields,
        Func<TypeNode, GraphQLType> resolve, Func<string, NamedType> lookup)
    {
        foreach (var iface in interfaces)
        {
            var declared = lookup(iface.Name.Value);
            complex.DeclaredInterfaces.Add(declared);
            if (declared is InterfaceType interfaceType && !complex.Interfaces.Contains(interfaceType))
            {
                complex.Interfaces.Add(interfaceType);
            }
        }
        foreach (var fieldNode in fields)
        {
            var field = new FieldDefinition(fieldNode.Name.Value, resolve(fieldNode.Type))
            {
                Description = fieldNode.Description?.Value,
                DeprecationReason = Deprecation(fieldNode.Directives),
                Definition = fieldNode,
            };
            foreach (var argumentNode in fieldNode.Arguments)
            {
                var argument = BuildInputValue(argumentNode, resolve);
                argument.Coordinate = $"{complex.Name}.{field.Name}({argument.Name}:)";
                field.AddArgument(argument);
            }
            complex.AddField(field);
        }
    }

    private static DirectiveDefinition BuildDirective(DirectiveDefinitionNode node, Func<TypeNode, GraphQLType> resolve)
    {
        var directive = new DirectiveDefinition(node.Name.Value)
        {
            Description = node.Description?.Value,
            IsRepeatable = node.Repeatable,
            Definition = node,
            DeprecationReason = Deprecation(node.Directives),
        };
        foreach (var location in node.Locations)
        {
            directive.Locations.Add(location.Value);
        }
        foreach (var argumentNode in node.Arguments)
        {
            var argument = BuildInputValue(argumentNode, resolve);
            argument.Coordinate = $"@{directive.Name}({argument.Name}:)";
            directive.AddArgument(argument);
        }
        return directive;
    }

    private static InputValueDefinition BuildInputValue(InputValueDefinitionNode node, Func<TypeNode, GraphQLType> resolve) =>
        new(node.Name.Value, resolve(node.Type))
        {
            Description = node.Description?.Value,
            DefaultValue = node.DefaultValue,
            DeprecationReason = Deprecation(node.Directives),
            Definition = node,
        };

    private static bool HasDirective(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return true;
            }
        }
        return false;
    }

    private static string? Deprecation(IReadOnlyList<DirectiveNode> directives) =>
        HasDirective(directives, "deprecated") ? ArgumentString(directives, "deprecated", "reason") ?? "No longer supported" : null;

    private static string? ArgumentString(IReadOnlyList<DirectiveNode> directives, string directiveName, string argumentName)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != directiveName)
            {
                continue;
            }
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == argumentName && argument.Value is StringValueNode s)
                {
                    return s.Value;
                }
            }
        }
        return null;
    }
}
