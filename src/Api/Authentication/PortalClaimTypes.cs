namespace RightHelp.Api.Authentication;

/// <summary>
/// The claims an access token from our Identity provider carries. Claim names are kept as they
/// are in the JWT (no mapping to long URIs).
/// </summary>
public static class PortalClaimTypes
{
    /// <summary>The account id: a GUID that never changes. With the issuer it finds the AccountLink.</summary>
    public const string Subject = "sub";

    /// <summary>One claim per role: parent, young_person, partner, practitioner, manager, editor.</summary>
    public const string Role = "role";

    /// <summary>How the person signed in (RFC 8176): pwd, otp, mfa.</summary>
    public const string AuthenticationMethods = "amr";

    /// <summary><c>urn:right-help:acr:multi-factor</c> or <c>urn:right-help:acr:single-factor</c>.</summary>
    public const string AuthenticationContext = "acr";

    public const string MultiFactor = "urn:right-help:acr:multi-factor";

    /// <summary>The Person an invitation linked the account to (a hint; the AccountLink decides).</summary>
    public const string PersonId = "person_id";

    public const string FamilyId = "family_id";

    public const string Organisation = "organisation";

    public const string ClientId = "client_id";

    /// <summary>Space-separated scopes, for example <c>openid profile api</c> or <c>directory.write</c>.</summary>
    public const string Scope = "scope";

    public const string Name = "name";

    public const string Email = "email";
}
