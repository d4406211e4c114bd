using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Execution;

/// <summary>
/// The field nodes sharing one response key in a collected selection (spec 6.3.2 CollectFields), with what
/// a request can reuse across list items: the field definition, coerced arguments and collected subfields.
/// </summary>
internal sealed class FieldGroup(string responseKey, ObjectType parentType, FieldNode first)
{
    private readonly Lock _gate = new();
    private CollectedFields? _subfields;
    private Dictionary<ObjectType, CollectedFields>? _moreSubfields;
    private volatile bool _argumentsReady;

    public string ResponseKey { get; } = responseKey;
    public ObjectType ParentType { get; } = parentType;
    public List<FieldNode> Nodes { get; } = [first];
    private volatile FieldDefinition? _definition;

    /// <summary>Set last, after the facts derived from it, so a request that sees it sees them too.</summary>
    public FieldDefinition? Definition
    {
        get => _definition;
        set => _definition = value;
    }
    public Dictionary<string, object?>? Arguments { get; private set; }
    public GraphQLException? ArgumentError { get; private set; }

    /// <summary>Coerced arguments are cached here only when they cannot depend on the request's variables (or the group is the request's own).</summary>
    public bool ArgumentsReady => _argumentsReady;

    public void SetArguments(Dictionary<string, object?>? arguments, GraphQLException? error)
    {
        Arguments = arguments;
        ArgumentError = error;
        _argumentsReady = true;
    }

    /// <summary>True when the field returns a scalar or enum outside any list: no response path is needed unless it fails.</summary>
    public bool ReturnsLeaf { get; set; }

    /// <summary>The field's scalar type when <see cref="ReturnsLeaf"/> and it is a scalar.</summary>
    public ScalarType? LeafScalar { get; set; }

    /// <summary>The field's enum type when <see cref="ReturnsLeaf"/> and it is an enum.</summary>
    public EnumType? LeafEnum { get; set; }

    private volatile Func<ResolveContext, object?>? _fastLeaf;

    /// <summary>
    /// The synchronous resolver of a field that returns a scalar or enum, once its definition is known and its
    /// arguments are coerced without error for every object: such a field then takes the short path. Set after
    /// <see cref="Arguments"/> and <see cref="Definition"/>, so a request that sees it sees them too.
    /// </summary>
    public Func<ResolveContext, object?>? FastLeaf
    {
        get => _fastLeaf;
        set => _fastLeaf = value;
    }

    /// <summary>The runtime type that the field's built-in scalar serializes unchanged, if any.</summary>
    public PassThrough LeafPassThrough { get; set; }

    /// <summary>Whether the field's type is Non-Null.</summary>
    public bool NonNull { get; set; }

    /// <summary>True when the field returns a list whose items are scalars or enums: its path, too, is created only for an error.</summary>
    public bool ReturnsLeafList { get; set; }

    /// <summary>Groups may be shared by concurrent requests through the document cache, so the subfield cache is thread-safe.</summary>
    public bool TryGetSubfields(ObjectType type, out CollectedFields fields)
    {
        var first = Volatile.Read(ref _subfields);
        if (first is not null && ReferenceEquals(first.Type, type))
        {
            fields = first;
            return true;
        }
        lock (_gate)
        {
            if (_moreSubfields is not null && _moreSubfields.TryGetValue(type, out var found))
            {
                fields = found;
                return true;
            }
        }
        fields = null!;
        return false;
    }

    public void SetSubfields(ObjectType type, CollectedFields fields)
    {
        if (Interlocked.CompareExchange(ref _subfields, fields, null) is null)
        {
            return;
        }
        lock (_gate)
        {
            (_moreSubfields ??= [])[type] = fields;
        }
    }
}
