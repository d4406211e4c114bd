using System.Collections.Frozen;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Types;

/// <summary>An enum type (spec 3.9).</summary>
public sealed class EnumType(string name) : NamedType(name)
{
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, EnumValueDefinition> _byValue = [];

    /// <summary>
    /// The string runtime values again, keyed by string: a string-keyed ordinal dictionary hashes faster than an
    /// object-keyed one, and enums are usually strings at runtime. Frozen when the schema is built: every enum
    /// field's value is looked up here, and a frozen dictionary of a few short keys finds them faster.
    /// </summary>
    private FrozenDictionary<string, EnumValueDefinition> _byStringValue = FrozenDictionary<string, EnumValueDefinition>.Empty;
    private readonly List<EnumValueDefinition> _values = [];

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values => _values;

    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    internal bool AddValue(EnumValueDefinition value)
    {
        if (!_byName.TryAdd(value.Name, value))
        {
            return false;
        }
        _values.Add(value);
        return true;
    }

    internal void Seal()
    {
        _byValue.Clear();
        var byString = new Dictionary<string, EnumValueDefinition>(StringComparer.Ordinal);
        foreach (var value in _values)
        {
            _byValue[value.Value] = value;
            if (value.Value is string key)
            {
                byString[key] = value;
            }
        }
        _byStringValue = byString.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Output coercion: runtime value to enum name.</summary>
    public string Serialize(object value)
    {
        if (value is string key ? _byStringValue.TryGetValue(key, out var found) : _byValue.TryGetValue(value, out found))
        {
            return found.Name;
        }
        if (value is Enum clr && _byName.TryGetValue(clr.ToString(), out found))
        {
            return found.Name;
        }
        throw new GraphQLException($"Enum \"{Name}\" cannot represent value: {JsFormat.Inspect(value)}");
    }

    internal string SuggestionFor(string input)
    {
        var names = new List<string>(_values.Count);
        foreach (var value in _values)
        {
            names.Add(value.Name);
        }
        return Suggestions.DidYouMean(Suggestions.List(input, names), "the enum value");
    }
}
