using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace RightHelp.Portal.Tests.Http;

/// <summary>
/// Session cookies and antiforgery tokens sealed by one Portal process must open in the next
/// (a restart, a second instance), and the keys on disk must not be readable as they are.
/// </summary>
public sealed class DataProtectionTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("righthelp-keys-");

    [Fact]
    public void What_one_Portal_process_sealed_the_next_one_opens()
    {
        string sealedText;
        using (var first = StartPortal())
        {
            sealedText = Protector(first).Protect("a session");
        }
        using var second = StartPortal();

        Assert.Equal("a session", Protector(second).Unprotect(sealedText));
        Assert.NotEmpty(_folder.GetFiles("key-*.xml"));
    }

    [Fact]
    public void Keys_are_encrypted_at_rest_when_a_certificate_is_given()
    {
        var certificate = Path.Combine(_folder.FullName, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Right Help test keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            File.WriteAllBytes(certificate, created.Export(X509ContentType.Pkcs12, "test-only"));
        }
        var keys = _folder.CreateSubdirectory("encrypted");

        using var portal = StartPortal(keys.FullName, certificate, "test-only");
        _ = Protector(portal).Protect("a session");

        var keyXml = File.ReadAllText(Assert.Single(keys.GetFiles("key-*.xml")).FullName);
        Assert.Contains("encryptedSecret", keyXml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", keyXml, StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> StartPortal(string? keysPath = null, string? certificate = null, string? password = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("DataProtection:KeysPath", keysPath ?? _folder.FullName);
            if (certificate is not null)
            {
                builder.UseSetting("DataProtection:CertificatePath", certificate);
                builder.UseSetting("DataProtection:CertificatePassword", password);
            }
        });
        _ = factory.Server;
        return factory;
    }

    private static IDataProtector Protector(WebApplicationFactory<Program> portal)
        => portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("RightHelp.Portal.Tests");

    public void Dispose() => _folder.Delete(recursive: true);
}
