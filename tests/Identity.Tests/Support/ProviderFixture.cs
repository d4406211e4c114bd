using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using RightHelp.Identity.Data;
using RightHelp.TestSupport;

namespace RightHelp.Identity.Tests.Support;

/// <summary>One database and one running provider for a test class. Tests that change an account make their own.</summary>
public sealed class ProviderFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public IdentityApp App { get; private set; } = null!;

    public string Issuer => App.Address;

    public string TotpSecret { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Database = await IdentityDatabase.CreateAsync();
        // One provider serves a whole class of sign-ins from 127.0.0.1; the limits have tests of their own.
        App = IdentityApp.Start(Database.ConnectionString, settings: new Dictionary<string, string>
        {
            ["RateLimits:SignIn:PermitLimit"] = "100000",
            ["RateLimits:OneTimeCode:PermitLimit"] = "100000",
            ["RateLimits:Invitation:PermitLimit"] = "100000",
        });
        TotpSecret = (await IdentityDatabase.ScalarAsync<string>(Database.ConnectionString,
            "SELECT \"Value\" FROM \"AspNetUserTokens\" WHERE \"Name\" = 'AuthenticatorKey' LIMIT 1"))!;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }

    public Browser NewBrowser() => new(App.Address);

    /// <summary>A TOTP code for a step no earlier test in this class has used.</summary>
    public string TotpCode(int stepOffset = 0)
        => new Totp(Base32Encoding.ToBytes(TotpSecret)).ComputeTotp(DateTime.UtcNow.AddSeconds(30 * stepOffset));

    /// <summary>A fresh account that only this test touches.</summary>
    public async Task<Account> CreateAccountAsync(string role, string password = "a-long-test-password", string? email = null, bool twoFactor = false)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        email ??= $"{Guid.NewGuid():N}@example.test";
        var account = new Account { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test person" };
        var result = await users.CreateAsync(account, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(account, role);
        if (twoFactor)
        {
            await users.SetAuthenticationTokenAsync(account, "[AspNetUserStore]", "AuthenticatorKey", TotpSecret);
            await users.SetTwoFactorEnabledAsync(account, true);
        }
        return account;
    }
}
