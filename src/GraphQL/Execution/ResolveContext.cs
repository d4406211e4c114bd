using System.Runtime.CompilerServices;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Execution;

/// <summary>
/// Everything a resolver may need about the field being resolved. Valid during the resolver call and until
/// the task it returns completes; do not keep it afterwards (the executor reuses it for the next field).
/// </summary>
public sealed class ResolveContext
{
    private FieldGroup _group = null!;
    private int _depth;
    private bool _parentPathFixed;
    private ResponsePath? _parentPath;
    private ResponsePath? _path;

    internal ResolveContext(OperationExecution execution) => Execution = execution;

    /// <summary>Called for every field, so the parent type, definition, node and key are read from the group rather than copied.</summary>
    /// <param name="depth">The length of the parent's path in the execution's <see cref="PathStack"/>: the path is built only if asked for.</param>
    internal void Set(object? source, FieldGroup group, IReadOnlyDictionary<string, object?> arguments, int depth)
    {
        if (!ReferenceEquals(Source, source))
        {
            Source = source;
        }
        _group = group;
        if (!ReferenceEquals(Arguments, arguments))
        {
            Arguments = arguments;
        }
        _depth = depth;
        if (_parentPathFixed)
        {
            _parentPathFixed = false;
            _parentPath = null;
        }
        if (_path is not null)
        {
            _path = null;
        }
    }

    /// <summary>
    /// For an asynchronous resolver, which may ask for its path after an await: the path stack is only valid
    /// during the synchronous call.
    /// </summary>
    internal void FixParentPath(ResponsePath? parentPath)
    {
        _parentPath = parentPath;
        _parentPathFixed = true;
    }

    internal OperationExecution Execution { get; }

    /// <summary>The value of the parent object (the root value for root fields).</summary>
    public object? Source { get; private set; }
    public ObjectType ParentType => _group.ParentType;
    public FieldDefinition Field => _group.Definition!;
    public FieldNode FieldNode => _group.Nodes[0];

    /// <summary>Coerced argument values: only arguments provided or defaulted are present (missing differs from null).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; private set; } = null!;

    /// <summary>Where this field is in the response.</summary>
    public ResponsePath Path => _path ??= _parentPathFixed
        ? ResponsePath.Field(_parentPath, _group.ResponseKey)
        : Execution.Paths.Field(_depth, _group.ResponseKey);

    public RequestContext Request => Execution.Request;
    public IServiceProvider Services => Execution.Request.Services;
    public CancellationToken CancellationToken => Execution.CancellationToken;
    public Schema Schema => Execution.Schema;

    /// <summary>The request's DataLoader registry.</summary>
    public DataLoaderScope DataLoaders => Execution.DataLoaders;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public T GetArgument<T>(string name, T fallback = default!) =>
        Arguments.TryGetValue(name, out var value) && value is T typed ? typed : fallback;

    /// <summary>Small enough to inline into the resolver, where the type test against a known T is one compare.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T GetSource<T>() => Source is T typed ? typed : throw WrongSource(typeof(T));

    private InvalidOperationException WrongSource(Type expected) =>
        new($"Source of {ParentType.Name}.{Field.Name} is not a {expected.Name}.");

    public TService GetService<TService>()
        where TService : notnull =>
        (TService?)Services.GetService(typeof(TService)) ?? throw new InvalidOperationException($"Service {typeof(TService).Name} is not registered.");
}
