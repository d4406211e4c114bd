using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Execution;

/// <summary>Everything a resolver may need about the field being resolved.</summary>
public sealed class ResolveContext
{
    internal ResolveContext(OperationExecution execution, object? source, ObjectType parentType, FieldDefinition field,
        FieldNode fieldNode, IReadOnlyDictionary<string, object?> arguments, ResponsePath path)
    {
        Execution = execution;
        Source = source;
        ParentType = parentType;
        Field = field;
        FieldNode = fieldNode;
        Arguments = arguments;
        Path = path;
    }

    internal OperationExecution Execution { get; }

    /// <summary>The value of the parent object (the root value for root fields).</summary>
    public object? Source { get; }
    public ObjectType ParentType { get; }
    public FieldDefinition Field { get; }
    public FieldNode FieldNode { get; }

    /// <summary>Coerced argument values: only arguments provided or defaulted are present (missing differs from null).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }
    public ResponsePath Path { get; }

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
