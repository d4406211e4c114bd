using System.Text.Json;
using RightHelp.Identity.Tests.Support;

namespace RightHelp.Identity.Tests.ExternalClient;

/// <summary>
/// An external, OpenID-certified client (npm openid-client 6) drives the provider end to end
/// with no help from our code. The script is <c>rp/rp.mjs</c>; npm installs it from the lockfile.
/// </summary>
public sealed class OpenIdClientTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private static readonly string[] ExpectedSteps =
    [
        "discovery",
        "code flow with PKCE and the real sign-in form",
        "token exchange and id_token validation",
        "userinfo",
        "refresh rotation, reuse rejected, family revoked",
        "code replay rejected and its tokens revoked",
        "revocation",
        "client credentials",
        "logout",
    ];

    [Fact]
    public async Task Openid_client_completes_every_step_against_rp_test()
    {
        var folder = NodeProcess.ScriptFolder();
        if (!File.Exists(Path.Combine(folder, "node_modules", "openid-client", "package.json")))
        {
            var install = await NodeProcess.RunAsync("npm", "ci --no-audit --no-fund", folder, new Dictionary<string, string>(), TimeSpan.FromMinutes(5));
            Assert.True(install.ExitCode == 0, "npm ci failed: " + install.Errors);
        }

        var run = await NodeProcess.RunAsync("node", "rp.mjs", folder, new Dictionary<string, string> { ["ISSUER"] = fixture.Issuer }, TimeSpan.FromMinutes(3));

        var steps = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(line => line.TryGetProperty("step", out _))
            .ToList();
        var failed = steps.Where(s => !s.GetProperty("ok").GetBoolean()).Select(s => s.ToString()).ToList();
        Assert.True(failed.Count == 0, "Steps failed:\n" + string.Join('\n', failed) + "\n" + run.Errors);
        Assert.Equal(ExpectedSteps, steps.Select(s => s.GetProperty("step").GetString()));
        Assert.Equal(0, run.ExitCode);

        var tokens = steps.Single(s => s.GetProperty("step").GetString() == "token exchange and id_token validation").GetProperty("detail");
        Assert.Equal("0193a5c0-7a10-7c01-8a11-000000000001", tokens.GetProperty("sub").GetString());
        Assert.Equal("at+jwt", tokens.GetProperty("access_token_typ").GetString());
        var logout = steps.Single(s => s.GetProperty("step").GetString() == "logout").GetProperty("detail");
        Assert.Equal("login_required", logout.GetProperty("prompt_none_after_logout").GetString());
    }
}
