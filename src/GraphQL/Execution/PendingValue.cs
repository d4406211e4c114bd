namespace RightHelp.GraphQL.Execution;

/// <summary>
/// A completed value that is still on its way (an asynchronous resolver below it). Execution asks "is this value
/// pending?" for every field; a sealed wrapper answers with one type-handle compare, where a test for
/// <c>Task&lt;object?&gt;</c> walks the class hierarchy of every string, number and map in the response.
/// </summary>
internal sealed class PendingValue(Task<object?> task)
{
    public Task<object?> Task { get; } = task;
}
