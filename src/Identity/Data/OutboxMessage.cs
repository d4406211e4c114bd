namespace RightHelp.Identity.Data;

/// <summary>An email or text waiting to be sent, or sent; written in the same transaction as its cause.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary><c>email</c> or <c>sms</c>.</summary>
    public string Channel { get; set; } = "";

    public string Recipient { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}
