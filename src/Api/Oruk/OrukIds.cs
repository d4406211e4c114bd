using System.Security.Cryptography;
using System.Text;

namespace RightHelp.Api.Oruk;

/// <summary>
/// Ids for HSDS records our model folds into another row (a location's address, a contact's
/// phone): derived from the owner's id, so they are stable across requests and imports.
/// </summary>
public static class OrukIds
{
    public static Guid Derive(string kind, Guid owner)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("righthelp-oruk:" + kind + ":" + owner.ToString("D")));
        // Marked as a name-based (version 5 style) UUID with the RFC 4122 variant, so validators accept it.
        bytes[6] = (byte)(0x50 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes.AsSpan(0, 16), bigEndian: true);
    }
}
