using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace RightHelp.Portal.Extensions;

public static class DataProtectionExtensions
{
    public const string Section = "DataProtection";

    /// <summary>
    /// The keys that seal session cookies and antiforgery tokens. They must outlive a restart and
    /// be shared by every Portal instance, or each deploy signs everyone out and half-filled forms
    /// fail their antiforgery check. <c>DataProtection:KeysPath</c> names a folder on a persistent
    /// volume; <c>DataProtection:CertificatePath</c> (a PFX, with <c>CertificatePassword</c>)
    /// encrypts the keys at rest, because on Linux nothing else does.
    /// </summary>
    public static WebApplicationBuilder AddPortalDataProtection(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(Section);
        var protection = builder.Services.AddDataProtection().SetApplicationName("RightHelp.Portal");
        if (settings["KeysPath"] is { Length: > 0 } keysPath)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(keysPath));
        }
        if (settings["CertificatePath"] is { Length: > 0 } certificatePath)
        {
            protection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificatePath, settings["CertificatePassword"]));
        }
        return builder;
    }
}
