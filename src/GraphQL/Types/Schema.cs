using System.Text.Json;
using RightHelp.GraphQL.Execution;

namespace RightHelp.GraphQL.Types;

/// <summary>An immutable, validated schema with its resolvers bound. Build one with <see cref="SchemaBuilder"/>.</summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<string, List<ObjectType>> _possibleTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _subTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, ObjectType> _clrTypes;

    internal Schema(
        string? description,
        ObjectType? query,
        ObjectType? mutation,
        ObjectType? subscription,
        List<NamedType> types,
        List<DirectiveDefinition> directives,
        FieldResolver defaultResolver,
        Dictionary<Type, ObjectType> clrTypes)
    {
        Description = description;
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Types = types;
        Directives = directives;
        DefaultResolver = defaultResolver;
        _clrTypes = clrTypes;
        _types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            _types[type.Name] = type;
        }
        _directives = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            _directives[directive.Name] = directive;
        }
        foreach (var type in types)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union.Name] = [.. union.Types];
                    _subTypes[union.Name] = [.. union.Types.Select(t => t.Name)];
                    break;
                case ComplexType complex:
                    foreach (var iface in complex.Interfaces)
                    {
                        if (!_subTypes.TryGetValue(iface.Name, out var set))
                        {
                            _subTypes[iface.Name] = set = new HashSet<string>(StringComparer.Ordinal);
                        }
                        set.Add(complex.Name);
                        if (complex is ObjectType obj)
                        {
                            if (!_possibleTypes.TryGetValue(iface.Name, out var list))
                            {
                                _possibleTypes[iface.Name] = list = [];
                            }
                            list.Add(obj);
                        }
                    }
                    break;
            }
        }
    }

    public string? Description { get; }
    public ObjectType? QueryType { get; }
    public ObjectType? MutationType { get; }
    public ObjectType? SubscriptionType { get; }

    /// <summary>All named types in graphql-js's type map order (used by introspection).</summary>
    public IReadOnlyList<NamedType> Types { get; }
    public IReadOnlyList<DirectiveDefinition> Directives { get; }
    public FieldResolver DefaultResolver { get; }

    /// <summary>Problems found by schema validation (spec 3); requests fail with these when not empty.</summary>
    public IReadOnlyList<GraphQLError> ValidationErrors { get; internal set; } = [];

    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    public ObjectType? GetRootType(Language.Ast.OperationType operation) => operation switch
    {
        Language.Ast.OperationType.Query => QueryType,
        Language.Ast.OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        ObjectType obj => [obj],
        _ => _possibleTypes.TryGetValue(abstractType.Name, out var list) ? list : [],
    };

    /// <summary>True when <paramref name="maybeSub"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSub) =>
        _subTypes.TryGetValue(abstractType.Name, out var set) && set.Contains(maybeSub.Name);

    /// <summary>Spec "DoesFragmentTypeApply" / graphql-js isTypeSubTypeOf on named types.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType type) =>
        ReferenceEquals(abstractType, type) || IsSubType(abstractType, type);

    /// <summary>Finds the object type of a runtime value of an abstract type.</summary>
    public string? ResolveTypeName(object value, NamedType abstractType)
    {
        var custom = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        if (custom is not null)
        {
            return custom(value);
        }
        if (_clrTypes.Count > 0 && _clrTypes.TryGetValue(value.GetType(), out var mapped))
        {
            return mapped.Name;
        }
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue("__typename", out var name) ? name as string : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue("__typename", out var dname) ? dname as string : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty("__typename", out var property) && property.ValueKind == JsonValueKind.String
                    ? property.GetString()
                    : null;
        }
        foreach (var candidate in GetPossibleTypes(abstractType))
        {
            if (candidate.IsTypeOf?.Invoke(value) == true)
            {
                return candidate.Name;
            }
        }
        return null;
    }
}
