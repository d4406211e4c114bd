using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Execution;

/// <summary>
/// A cached parse and validation outcome of one query text, with what execution can reuse across requests:
/// the fragments by name and, when field collection cannot depend on variables, each operation's collected
/// root fields (whose groups cache their subfields, definitions and variable-free arguments).
/// </summary>
internal sealed class DocumentCacheEntry(DocumentNode? document, IReadOnlyList<GraphQLError> errors, RequestErrorKind kind)
{
    private readonly Lock _gate = new();
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<OperationDefinitionNode, CollectedFields>? _rootFields;
    private int _collectionUsesVariables = -1;

    public DocumentNode? Document { get; } = document;
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
    public RequestErrorKind Kind { get; } = kind;
    public long LastUsed { get; set; }

    public Dictionary<string, FragmentDefinitionNode> Fragments =>
        Volatile.Read(ref _fragments) ?? Interlocked.CompareExchange(ref _fragments, ExecutionPlanning.Fragments(Document!), null) ?? _fragments!;

    /// <summary>True when a @skip or @include in the document takes a variable, so collection differs per request.</summary>
    public bool CollectionUsesVariables
    {
        get
        {
            var known = Volatile.Read(ref _collectionUsesVariables);
            if (known < 0)
            {
                known = ExecutionPlanning.ConditionsUseVariables(Document!) ? 1 : 0;
                Volatile.Write(ref _collectionUsesVariables, known);
            }
            return known == 1;
        }
    }

    public bool TryGetRootFields(OperationDefinitionNode operation, out CollectedFields fields)
    {
        lock (_gate)
        {
            if (_rootFields is not null && _rootFields.TryGetValue(operation, out var found))
            {
                fields = found;
                return true;
            }
        }
        fields = null!;
        return false;
    }

    public CollectedFields AddRootFields(OperationDefinitionNode operation, CollectedFields fields)
    {
        lock (_gate)
        {
            _rootFields ??= new Dictionary<OperationDefinitionNode, CollectedFields>(ReferenceEqualityComparer.Instance);
            return _rootFields.TryAdd(operation, fields) ? fields : _rootFields[operation];
        }
    }
}
