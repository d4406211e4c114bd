using System.Buffers.Text;
using System.Text;

namespace RightHelp.Api.GraphQL;

/// <summary>
/// Opaque global ids: "Type:guid" in base64url. Clients must not build them; node(id:) and the
/// typed root fields decode them and then apply the same rules as any other read.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, Guid id)
        => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + id.ToString("N")));

    /// <summary>The type and id, or null for anything that is not a well-formed global id.</summary>
    public static (string Type, Guid Id)? Decode(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 200)
        {
            return null;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && Guid.TryParseExact(text[(colon + 1)..], "N", out var id) ? (text[..colon], id) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The id when <paramref name="value"/> is a global id of <paramref name="typeName"/>.</summary>
    public static Guid? DecodeAs(string? value, string typeName)
        => Decode(value) is { } decoded && decoded.Type == typeName ? decoded.Id : null;
}
