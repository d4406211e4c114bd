namespace RightHelp.GraphQL.Types;

/// <summary>An input object type (spec 3.10), possibly @oneOf.</summary>
public sealed class InputObjectType(string name) : NamedType(name)
{
    private readonly Dictionary<string, InputValueDefinition> _byName = new(StringComparer.Ordinal);
    private readonly List<InputValueDefinition> _fields = [];

    public override TypeKind Kind => TypeKind.InputObject;

    public IReadOnlyList<InputValueDefinition> Fields => _fields;

    public bool IsOneOf { get; internal set; }

    public InputValueDefinition? GetField(string name) => _byName.GetValueOrDefault(name);

    internal bool AddField(InputValueDefinition field)
    {
        if (!_byName.TryAdd(field.Name, field))
        {
            return false;
        }
        _fields.Add(field);
        return true;
    }
}
