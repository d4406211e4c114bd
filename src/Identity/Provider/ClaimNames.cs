namespace RightHelp.Identity.Provider;

/// <summary>
/// Claims beyond the registered ones. The Api relies on these; see the README's
/// "Claims the Api can rely on".
/// </summary>
public static class ClaimNames
{
    public const string Role = "role";
    public const string PersonId = "person_id";
    public const string FamilyId = "family_id";
    public const string Organisation = "organisation";
    public const string ClientId = "client_id";
    public const string Scope = "scope";

    /// <summary>The grant (token family) an access token belongs to, so revoking the family is checkable.</summary>
    public const string GrantId = "gid";
}
