namespace RightHelp.GraphQL.Execution;

/// <summary>
/// Batches and caches loads by key for one request: every key asked for while execution is busy goes into
/// one call of the batch function, and each key is loaded at most once per request.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IDataLoader
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _batch;
    private readonly DataLoaderScope _scope;
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private readonly List<(TKey Key, TaskCompletionSource<TValue?> Completion)> _queue = [];
    private readonly Lock _gate = new();

    public DataLoader(DataLoaderScope scope, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
    {
        _scope = scope;
        _batch = batch;
    }

    /// <summary>How many batches this loader has run (for tests and diagnostics).</summary>
    public int BatchCount { get; private set; }

    /// <summary>The value for <paramref name="key"/>, or default when the batch did not return it.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }
            var completion = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
            _cache[key] = completion.Task;
            _queue.Add((key, completion));
        }
        _scope.MarkPending(this);
        return _cache[key];
    }

    public bool Dispatch(CancellationToken cancellationToken)
    {
        (TKey Key, TaskCompletionSource<TValue?> Completion)[] batch;
        lock (_gate)
        {
            if (_queue.Count == 0)
            {
                return false;
            }
            batch = [.. _queue];
            _queue.Clear();
        }
        BatchCount++;
        _ = RunAsync(batch, cancellationToken);
        return true;
    }

    private async Task RunAsync((TKey Key, TaskCompletionSource<TValue?> Completion)[] batch, CancellationToken cancellationToken)
    {
        var keys = new TKey[batch.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            keys[i] = batch[i].Key;
        }
        try
        {
            var results = await _batch(keys, cancellationToken).ConfigureAwait(true);
            foreach (var (key, completion) in batch)
            {
                completion.TrySetResult(results.TryGetValue(key, out var value) ? value : default);
            }
        }
        catch (Exception ex)
        {
            foreach (var (_, completion) in batch)
            {
                completion.TrySetException(ex);
            }
        }
    }
}
