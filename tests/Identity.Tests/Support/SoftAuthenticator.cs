using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace RightHelp.Identity.Tests.Support;

/// <summary>
/// Makes a passkey registration answer as a browser and authenticator would ("none"
/// attestation, an ES256 key), so tests can send the server answers a real device never would:
/// another origin, another challenge, no user verification.
/// </summary>
public static class SoftAuthenticator
{
    private const byte UserPresent = 0x01;
    private const byte UserVerified = 0x04;
    private const byte AttestedCredentialData = 0x40;

    public static string Register(string creationOptionsJson, string origin, bool userVerified = true, string? challenge = null)
    {
        using var options = JsonDocument.Parse(creationOptionsJson);
        var rpId = options.RootElement.GetProperty("rp").GetProperty("id").GetString()!;
        challenge ??= options.RootElement.GetProperty("challenge").GetString()!;

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var point = key.ExportParameters(false).Q;
        var credentialId = RandomNumberGenerator.GetBytes(16);
        var coseKey = Concat([0xA5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21], ByteString(point.X!), [0x22], ByteString(point.Y!));
        var authData = Concat(
            SHA256.HashData(Encoding.UTF8.GetBytes(rpId)),
            [(byte)(UserPresent | AttestedCredentialData | (userVerified ? UserVerified : 0))],
            [0, 0, 0, 0],
            new byte[16],
            [0, (byte)credentialId.Length],
            credentialId,
            coseKey);
        var attestationObject = Concat([0xA3], TextString("fmt"), TextString("none"), TextString("attStmt"), [0xA0], TextString("authData"), ByteString(authData));
        var clientData = JsonSerializer.SerializeToUtf8Bytes(new { type = "webauthn.create", challenge, origin, crossOrigin = false });

        var id = WebEncoders.Base64UrlEncode(credentialId);
        return JsonSerializer.Serialize(new
        {
            id,
            rawId = id,
            type = "public-key",
            authenticatorAttachment = "platform",
            clientExtensionResults = new { },
            response = new
            {
                clientDataJSON = WebEncoders.Base64UrlEncode(clientData),
                attestationObject = WebEncoders.Base64UrlEncode(attestationObject),
                transports = new[] { "internal" },
            },
        });
    }

    private static byte[] ByteString(byte[] value)
        => value.Length < 24 ? Concat([(byte)(0x40 + value.Length)], value)
            : value.Length < 256 ? Concat([0x58, (byte)value.Length], value)
            : Concat([0x59, (byte)(value.Length >> 8), (byte)value.Length], value);

    private static byte[] TextString(string value)
        => Concat([(byte)(0x60 + value.Length)], Encoding.UTF8.GetBytes(value));

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(part => part).ToArray();
}
