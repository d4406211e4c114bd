namespace RightHelp.GraphQL.Execution;

/// <summary>A loader that can send the keys it has queued as one batch.</summary>
public interface IDataLoader
{
    /// <summary>Starts a batch for the queued keys; false when nothing was queued.</summary>
    bool Dispatch(CancellationToken cancellationToken);
}
