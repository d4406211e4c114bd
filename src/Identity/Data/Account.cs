using Microsoft.AspNetCore.Identity;

namespace RightHelp.Identity.Data;

/// <summary>
/// A person who signs in. The key is the token's <c>sub</c>: a GUID that never changes, so the
/// Api can link it to a family member (AccountLink) without knowing anything else about us.
/// </summary>
public sealed class Account : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>The Api's Person this account speaks for, set when an invitation is redeemed.</summary>
    public Guid? PersonId { get; set; }

    public Guid? FamilyId { get; set; }

    /// <summary>The partner organisation, for partner accounts.</summary>
    public string? Organisation { get; set; }

    /// <summary>
    /// The last TOTP time step accepted. A code is only accepted for a later step, so a code
    /// seen over someone's shoulder cannot be used again within its 30 seconds.
    /// </summary>
    public long? LastTotpStep { get; set; }
}
