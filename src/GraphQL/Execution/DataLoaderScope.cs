namespace RightHelp.GraphQL.Execution;

/// <summary>The DataLoaders of one request: created on first use, dispatched when execution has nothing else to do.</summary>
public sealed class DataLoaderScope
{
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly List<IDataLoader> _pending = [];

    public DataLoaderScope(CancellationToken cancellationToken = default) => CancellationToken = cancellationToken;

    public CancellationToken CancellationToken { get; }

    /// <summary>The request's loader with this name, created by <paramref name="factory"/> the first time.</summary>
    public TLoader GetOrAdd<TLoader>(string name, Func<DataLoaderScope, TLoader> factory)
        where TLoader : class
    {
        lock (_loaders)
        {
            if (!_loaders.TryGetValue(name, out var loader))
            {
                _loaders[name] = loader = factory(this);
            }
            return (TLoader)loader;
        }
    }

    internal void MarkPending(IDataLoader loader)
    {
        lock (_pending)
        {
            if (!_pending.Contains(loader))
            {
                _pending.Add(loader);
            }
        }
    }

    /// <summary>Dispatches every loader with queued keys; true when at least one batch started.</summary>
    public bool DispatchPending()
    {
        IDataLoader[] loaders;
        lock (_pending)
        {
            if (_pending.Count == 0)
            {
                return false;
            }
            loaders = [.. _pending];
            _pending.Clear();
        }
        var any = false;
        foreach (var loader in loaders)
        {
            any |= loader.Dispatch(CancellationToken);
        }
        return any;
    }
}
