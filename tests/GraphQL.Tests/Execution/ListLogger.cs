using Microsoft.Extensions.Logging;
using RightHelp.GraphQL.Execution;

namespace RightHelp.GraphQL.Tests.Execution;

/// <summary>Keeps logged messages so tests can look for them.</summary>
internal sealed class ListLogger : ILogger<RequestExecutor>
{
    public List<string> Messages { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Messages.Add(formatter(state, exception));
}
