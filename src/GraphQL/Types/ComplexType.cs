namespace RightHelp.GraphQL.Types;

/// <summary>An object or interface type: a type with fields and interfaces.</summary>
public abstract class ComplexType(string name) : NamedType(name)
{
    private readonly Dictionary<string, FieldDefinition> _byName = new(StringComparer.Ordinal);
    private readonly List<FieldDefinition> _fields = [];

    public IReadOnlyList<FieldDefinition> Fields => _fields;
    public List<InterfaceType> Interfaces { get; } = [];

    /// <summary>Names listed as interfaces that are not interface types, kept for schema validation.</summary>
    internal List<string> InvalidInterfaces { get; } = [];

    public FieldDefinition? GetField(string name) => _byName.GetValueOrDefault(name);

    internal bool AddField(FieldDefinition field)
    {
        if (!_byName.TryAdd(field.Name, field))
        {
            return false;
        }
        _fields.Add(field);
        return true;
    }
}
