using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RightHelp.Identity.Data;
using RightHelp.Identity.Seeding;
using RightHelp.Identity.Tests.Support;

namespace RightHelp.Identity.Tests.Data;

public sealed class DemoSeedTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    [Fact]
    public async Task Seeding_again_changes_nothing_and_keeps_the_staff_totp_secret()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var before = await IdentityDatabase.ScalarAsync<long>(fixture.Database.ConnectionString, "SELECT count(*) FROM \"AspNetUsers\"");

        var secret = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();

        Assert.Equal(fixture.TotpSecret, secret);
        Assert.Equal(before, await IdentityDatabase.ScalarAsync<long>(fixture.Database.ConnectionString, "SELECT count(*) FROM \"AspNetUsers\""));
    }

    [Fact]
    public async Task Demo_users_have_the_subjects_the_Api_links_to()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();

        var parent = await users.FindByEmailAsync("parent@example.test");
        var worker = await users.FindByEmailAsync("worker@example.test");

        Assert.Equal(Guid.Parse("0193a5c0-7a10-7c01-8a11-000000000001"), parent!.Id);
        Assert.Equal(Guid.Parse("0193a5c0-7a10-7c01-8a11-000000000004"), worker!.Id);
        Assert.True(worker.TwoFactorEnabled);
        Assert.Equal(["practitioner"], await users.GetRolesAsync(worker));
    }

    [Fact]
    public async Task Passwords_are_hashed_with_PBKDF2_at_210000_iterations_or_more()
    {
        var hash = await IdentityDatabase.ScalarAsync<string>(fixture.Database.ConnectionString,
            "SELECT \"PasswordHash\" FROM \"AspNetUsers\" WHERE \"NormalizedEmail\" = 'PARENT@EXAMPLE.TEST'");
        var bytes = Convert.FromBase64String(hash!);

        // Identity's v3 format: marker 0x01, PRF, iteration count, all big-endian.
        Assert.Equal(0x01, bytes[0]);
        var iterations = (bytes[5] << 24) | (bytes[6] << 16) | (bytes[7] << 8) | bytes[8];
        Assert.True(iterations >= 210_000, $"Only {iterations} iterations.");
    }

    [Fact]
    public async Task Client_secrets_are_stored_hashed()
    {
        var stored = await IdentityDatabase.ScalarAsync<string>(fixture.Database.ConnectionString,
            "SELECT \"SecretHash\" FROM clients WHERE \"ClientId\" = 'rp-test'");

        Assert.StartsWith("pbkdf2-sha256$", stored);
        Assert.DoesNotContain("rp-test-secret", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portal_client_is_registered_with_its_exact_addresses()
    {
        var redirect = await IdentityDatabase.ScalarAsync<string[]>(fixture.Database.ConnectionString,
            "SELECT \"RedirectUris\" FROM clients WHERE \"ClientId\" = 'portal'");
        var postLogout = await IdentityDatabase.ScalarAsync<string[]>(fixture.Database.ConnectionString,
            "SELECT \"PostLogoutRedirectUris\" FROM clients WHERE \"ClientId\" = 'portal'");

        Assert.Equal(["http://127.0.0.1:5000/signin-oidc"], redirect!);
        Assert.Equal(["http://127.0.0.1:5000/signed-out"], postLogout!);
    }
}
