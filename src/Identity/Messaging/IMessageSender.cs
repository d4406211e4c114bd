using RightHelp.Identity.Data;

namespace RightHelp.Identity.Messaging;

/// <summary>Delivers an email or text. Swap in a real gateway (GOV.UK Notify, say) by registering another.</summary>
public interface IMessageSender
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
