using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using RightHelp.Api.Authentication;
using RightHelp.Api.Data.Seeding;

namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>
/// Signs RFC 9068 access tokens shaped like Identity's for each <see cref="MatrixRole"/>, with a key
/// the test owns; the Api's own handler validates them against a discovery document holding it.
/// </summary>
public sealed class MatrixTokens : IDisposable
{
    /// <summary>Tom Aldridge, a North practitioner whose caseload does not hold family A; the seed gives him no sign-in.</summary>
    public const string PractitionerWithoutASubject = "0193a5c0-7a10-7c01-8a11-00000000a0b1";

    /// <summary>A case-management system using the client credentials grant: its client id is its subject.</summary>
    public const string CaseSystemClientId = "case-system-matrix";

    private readonly RSA rsa = RSA.Create(2048);
    private readonly RsaSecurityKey key;
    private readonly JsonWebTokenHandler handler = new();
    private readonly Dictionary<MatrixRole, string> tokens = [];

    public MatrixTokens()
    {
        key = new RsaSecurityKey(rsa) { KeyId = "access-matrix" };
        Configuration = new OpenIdConnectConfiguration { Issuer = DemoAccounts.Issuer };
        Configuration.SigningKeys.Add(key);
    }

    public OpenIdConnectConfiguration Configuration { get; }

    /// <summary>The bearer token for a role, or null for anonymous.</summary>
    public string? For(MatrixRole role)
    {
        if (role == MatrixRole.Anonymous)
        {
            return null;
        }
        lock (tokens)
        {
            if (!tokens.TryGetValue(role, out var token))
            {
                token = tokens[role] = Create(role);
            }
            return token;
        }
    }

    /// <summary>The subject the Api writes in audit events for a role's calls.</summary>
    public static string Subject(MatrixRole role) => role switch
    {
        MatrixRole.ParentA => DemoAccounts.ParentSubject,
        MatrixRole.ParentB => DemoAccounts.Parent2Subject,
        MatrixRole.YoungPersonA => DemoAccounts.YoungPersonSubject,
        MatrixRole.Partner => DemoAccounts.SchoolSubject,
        MatrixRole.PractitionerWithA => DemoAccounts.WorkerSubject,
        MatrixRole.PractitionerWithoutA => PractitionerWithoutASubject,
        MatrixRole.Manager => DemoAccounts.ManagerSubject,
        MatrixRole.Editor => DemoAccounts.EditorSubject,
        MatrixRole.CaseSystem => CaseSystemClientId,
        _ => "",
    };

    private string Create(MatrixRole role) => role switch
    {
        MatrixRole.ParentA => Person(DemoAccounts.ParentSubject, "parent"),
        MatrixRole.ParentB => Person(DemoAccounts.Parent2Subject, "parent"),
        MatrixRole.YoungPersonA => Person(DemoAccounts.YoungPersonSubject, "young_person"),
        MatrixRole.Partner => Person(DemoAccounts.SchoolSubject, "partner"),
        MatrixRole.PractitionerWithA => Person(DemoAccounts.WorkerSubject, "practitioner"),
        MatrixRole.PractitionerWithoutA => Person(PractitionerWithoutASubject, "practitioner"),
        MatrixRole.Manager => Person(DemoAccounts.ManagerSubject, "manager"),
        MatrixRole.Editor => Person(DemoAccounts.EditorSubject, "editor"),
        MatrixRole.CaseSystem => Sign(new Dictionary<string, object>
        {
            ["sub"] = CaseSystemClientId,
            ["client_id"] = CaseSystemClientId,
            ["scope"] = "plans.write",
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>Every person signs in with a second factor, so staff are refused for their role and not for a missing factor.</summary>
    private string Person(string subject, string role) => Sign(new Dictionary<string, object>
    {
        ["sub"] = subject,
        ["role"] = role,
        ["scope"] = "openid profile",
        [PortalClaimTypes.AuthenticationContext] = PortalClaimTypes.MultiFactor,
    });

    private string Sign(Dictionary<string, object> claims) => handler.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = DemoAccounts.Issuer,
        Audience = PortalAuthenticationDefaults.Audience,
        TokenType = "at+jwt",
        Expires = DateTime.UtcNow.AddMinutes(30),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        Claims = claims,
    });

    public void Dispose() => rsa.Dispose();
}
