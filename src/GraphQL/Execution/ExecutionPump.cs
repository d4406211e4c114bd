namespace RightHelp.GraphQL.Execution;

/// <summary>
/// A per-request synchronization context: every continuation of the request's resolvers runs here, one at a
/// time. When its queue drains and the result is still pending, queued DataLoader batches are dispatched,
/// which is how keys from a whole level of the response end up in one batch.
/// </summary>
internal sealed class ExecutionPump : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _queue = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource? _signal;

    public override void Post(SendOrPostCallback d, object? state)
    {
        TaskCompletionSource? signal;
        lock (_gate)
        {
            _queue.Enqueue((d, state));
            signal = _signal;
            _signal = null;
        }
        signal?.TrySetResult();
    }

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("Synchronous dispatch is not supported.");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs <paramref name="work"/> with this context current, so its awaits come back here.</summary>
    public T Enter<T>(Func<T> work)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            return work();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    public async Task<object?> RunUntil(Task<object?> root, DataLoaderScope loaders)
    {
        while (true)
        {
            while (TryDequeue(out var item))
            {
                Enter(() =>
                {
                    item.Callback(item.State);
                    return 0;
                });
            }
            if (root.IsCompleted)
            {
                return await root.ConfigureAwait(false);
            }
            if (Enter(loaders.DispatchPending))
            {
                continue;
            }
            Task wait;
            lock (_gate)
            {
                if (_queue.Count > 0)
                {
                    continue;
                }
                _signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                wait = _signal.Task;
            }
            await wait.ConfigureAwait(false);
        }
    }

    private bool TryDequeue(out (SendOrPostCallback Callback, object? State) item)
    {
        lock (_gate)
        {
            return _queue.TryDequeue(out item);
        }
    }
}
