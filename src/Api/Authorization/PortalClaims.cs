namespace RightHelp.Api.Authorization;

/// <summary>Claim names and values in the access tokens Identity issues (its README, "Claims the Api can rely on").</summary>
public static class PortalClaims
{
    public const string Issuer = "iss";
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Scope = "scope";
    public const string ClientId = "client_id";

    /// <summary>The scope a case-system client needs to upsert families, plans and meetings.</summary>
    public const string PlansWrite = "plans.write";

    public const string EditorRole = "editor";
    public const string PartnerRole = "partner";
}
