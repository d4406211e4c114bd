using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace RightHelp.Identity.Provider;

/// <summary>
/// Codes and refresh tokens: 256 random bits handed out once, stored only as a SHA-256 hash
/// (enough for values this long: there is nothing to guess).
/// </summary>
public static class OpaqueTokens
{
    public static string New(int bytes = 32) => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(bytes));

    public static string Hash(string token) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The PKCE S256 transform (RFC 7636 section 4.2).</summary>
    public static string S256(string verifier) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    /// <summary>RFC 7636: 43 to 128 characters from the unreserved set.</summary>
    public static bool IsValidPkceValue(string? value)
        => value is { Length: >= 43 and <= 128 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~');
}
