namespace RightHelp.Identity.Data;

/// <summary>
/// A token signing key. The private key is stored protected by Data Protection; a key is
/// published before it signs and stays published after it stops, so verifiers never miss it.
/// </summary>
public sealed class SigningKey
{
    public string KeyId { get; set; } = "";

    public string Algorithm { get; set; } = "";

    public string ProtectedPrivateKey { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset SignFrom { get; set; }

    public DateTimeOffset SignUntil { get; set; }

    public DateTimeOffset PublishUntil { get; set; }
}
