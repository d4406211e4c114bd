using System.Security.Cryptography;
using System.Text;

namespace RightHelp.Api.Data.Seeding;

/// <summary>
/// Fixed ids for demo rows, derived from a readable key ("family:harlow"), so seeding twice
/// finds the same rows instead of adding new ones. They keep the UUID v7 layout with a fixed
/// timestamp, so they sort together and look like every other id.
/// </summary>
public static class DemoIds
{
    private static readonly long Epoch = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    public static Guid For(string key)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("righthelp-demo:" + key));
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(Epoch >> (8 * (5 - i)));
        }
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>A fixed secret for demo tokens (calendar links, shortlists); real ones are random.</summary>
    public static string Token(string key)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("righthelp-demo-token:" + key))).ToLowerInvariant();
}
