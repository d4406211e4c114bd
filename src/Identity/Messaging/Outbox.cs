using RightHelp.Identity.Data;

namespace RightHelp.Identity.Messaging;

/// <summary>Queues messages in the same unit of work as whatever caused them.</summary>
public sealed class Outbox(IdentityDataContext db, TimeProvider time)
{
    public void Enqueue(string channel, string recipient, string subject, string body)
        => db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.NewGuid(),
            Channel = channel,
            Recipient = recipient,
            Subject = subject,
            Body = body,
            CreatedAt = time.GetUtcNow(),
        });
}
