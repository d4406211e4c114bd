using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Execution;

/// <summary>
/// The field nodes sharing one response key in a collected selection (spec 6.3.2 CollectFields), with what
/// a request can reuse across list items: the field definition, coerced arguments and collected subfields.
/// </summary>
internal sealed class FieldGroup(string responseKey, ObjectType parentType, FieldNode first)
{
    private ObjectType? _subfieldType;
    private FieldGroup[]? _subfields;
    private Dictionary<ObjectType, FieldGroup[]>? _moreSubfields;

    public string ResponseKey { get; } = responseKey;
    public ObjectType ParentType { get; } = parentType;
    public List<FieldNode> Nodes { get; } = [first];
    public FieldDefinition? Definition { get; set; }
    public Dictionary<string, object?>? Arguments { get; set; }
    public string? ArgumentError { get; set; }
    public bool ArgumentsReady { get; set; }

    public bool TryGetSubfields(ObjectType type, out FieldGroup[] fields)
    {
        if (ReferenceEquals(_subfieldType, type))
        {
            fields = _subfields!;
            return true;
        }
        if (_moreSubfields is not null && _moreSubfields.TryGetValue(type, out var found))
        {
            fields = found;
            return true;
        }
        fields = [];
        return false;
    }

    public void SetSubfields(ObjectType type, FieldGroup[] fields)
    {
        if (_subfieldType is null)
        {
            _subfieldType = type;
            _subfields = fields;
            return;
        }
        (_moreSubfields ??= [])[type] = fields;
    }
}
