using RightHelp.Identity.Data;
using RightHelp.Identity.Provider;

namespace RightHelp.Identity.Seeding;

/// <summary>The Development clients. Their secrets are demo values and exist only in Development.</summary>
public static class DemoClients
{
    public const string PortalSecret = "portal-dev-secret";
    public const string RpTestSecret = "rp-test-secret";
    public const string PartnerDemoSecret = "partner-demo-secret";
    public const string CaseSystemDemoSecret = "case-system-demo-secret";

    public static IEnumerable<(Client Client, string Secret)> All()
    {
        yield return (new Client
        {
            ClientId = "portal",
            DisplayName = "Right Help",
            RedirectUris = ["http://127.0.0.1:5000/signin-oidc"],
            PostLogoutRedirectUris = ["http://127.0.0.1:5000/signed-out"],
            AllowedScopes = [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, Scopes.Api],
            AllowedGrantTypes = [GrantTypes.AuthorizationCode, GrantTypes.RefreshToken],
        }, PortalSecret);
        yield return (new Client
        {
            ClientId = "rp-test",
            DisplayName = "Relying party test client",
            RedirectUris = ["http://127.0.0.1:5999/callback"],
            PostLogoutRedirectUris = ["http://127.0.0.1:5999/signed-out"],
            AllowedScopes = [Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess, Scopes.Api],
            AllowedGrantTypes = [GrantTypes.AuthorizationCode, GrantTypes.RefreshToken],
        }, RpTestSecret);
        yield return (new Client
        {
            ClientId = "partner-demo",
            DisplayName = "Partner directory feed (demo)",
            AllowedScopes = [Scopes.DirectoryWrite],
            AllowedGrantTypes = [GrantTypes.ClientCredentials],
        }, PartnerDemoSecret);
        yield return (new Client
        {
            ClientId = "case-system-demo",
            DisplayName = "Case system plan feed (demo)",
            AllowedScopes = [Scopes.PlansWrite],
            AllowedGrantTypes = [GrantTypes.ClientCredentials],
        }, CaseSystemDemoSecret);
    }
}
