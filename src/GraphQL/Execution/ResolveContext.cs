using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Execution;

/// <summary>
/// Everything a resolver may need about the field being resolved. Valid during the resolver call and until
/// the task it returns completes; do not keep it afterwards (the executor reuses it for the next field).
/// </summary>
public sealed class ResolveContext
{
    private ResponsePath? _parentPath;
    private string _key = string.Empty;
    private ResponsePath? _path;

    internal ResolveContext(OperationExecution execution) => Execution = execution;

    internal void Set(object? source, ObjectType parentType, FieldDefinition field, FieldNode fieldNode,
        IReadOnlyDictionary<string, object?> arguments, ResponsePath? parentPath, string key)
    {
        Source = source;
        ParentType = parentType;
        Field = field;
        FieldNode = fieldNode;
        Arguments = arguments;
        _parentPath = parentPath;
        _key = key;
        _path = null;
    }

    internal OperationExecution Execution { get; }

    /// <summary>The value of the parent object (the root value for root fields).</summary>
    public object? Source { get; private set; }
    public ObjectType ParentType { get; private set; } = null!;
    public FieldDefinition Field { get; private set; } = null!;
    public FieldNode FieldNode { get; private set; } = null!;

    /// <summary>Coerced argument values: only arguments provided or defaulted are present (missing differs from null).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; private set; } = null!;

    /// <summary>Where this field is in the response.</summary>
    public ResponsePath Path => _path ??= ResponsePath.Field(_parentPath, _key);

    public RequestContext Request => Execution.Request;
    public IServiceProvider Services => Execution.Request.Services;
    public CancellationToken CancellationToken => Execution.CancellationToken;
    public Schema Schema => Execution.Schema;

    /// <summary>The request's DataLoader registry.</summary>
    public DataLoaderScope DataLoaders => Execution.DataLoaders;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public T GetArgument<T>(string name, T fallback = default!) =>
        Arguments.TryGetValue(name, out var value) && value is T typed ? typed : fallback;

    public T GetSource<T>() => Source is T typed ? typed : throw new InvalidOperationException($"Source of {ParentType.Name}.{Field.Name} is not a {typeof(T).Name}.");

    public TService GetService<TService>()
        where TService : notnull =>
        (TService?)Services.GetService(typeof(TService)) ?? throw new InvalidOperationException($"Service {typeof(TService).Name} is not registered.");
}
