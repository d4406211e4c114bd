using RightHelp.Identity.Data;

namespace RightHelp.Identity.Messaging;

/// <summary>
/// The default sender: records that a message went, without its body (it holds a sign-in
/// code). In Development the outbox page shows what was sent.
/// </summary>
public sealed class LoggingMessageSender(ILogger<LoggingMessageSender> logger) : IMessageSender
{
    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        logger.LogInformation("Sent {Channel} message {MessageId}", message.Channel, message.Id);
        return Task.CompletedTask;
    }
}
