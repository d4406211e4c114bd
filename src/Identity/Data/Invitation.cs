namespace RightHelp.Identity.Data;

/// <summary>
/// A practitioner's invitation for one person in one family. The 128-bit code is shown once and
/// stored as a hash; redeeming it links the redeeming account to <see cref="PersonId"/>.
/// </summary>
public sealed class Invitation
{
    public Guid Id { get; set; }

    public string CodeHash { get; set; } = "";

    public Guid PersonId { get; set; }

    public Guid FamilyId { get; set; }

    public string PersonName { get; set; } = "";

    /// <summary>The role the account gets: parent or carer, or young person.</summary>
    public string Role { get; set; } = "";

    public Guid CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RedeemedAt { get; set; }

    public Guid? RedeemedBy { get; set; }
}
