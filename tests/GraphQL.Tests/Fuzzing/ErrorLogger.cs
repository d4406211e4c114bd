using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using RightHelp.GraphQL.Execution;

namespace RightHelp.GraphQL.Tests.Fuzzing;

/// <summary>Keeps what the executor logs as errors: an unexpected exception it masked for the client.</summary>
internal sealed class ErrorLogger : ILogger<RequestExecutor>
{
    public ConcurrentQueue<string> Errors { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel >= LogLevel.Error)
        {
            Errors.Enqueue(formatter(state, exception) + " " + exception);
        }
    }
}
