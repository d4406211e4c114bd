using System.Net.Http.Headers;
using System.Text;
using RightHelp.Identity.Data;

namespace RightHelp.Identity.Provider;

/// <summary>
/// Authenticates a confidential client by <c>client_secret_basic</c> or
/// <c>client_secret_post</c>; using both at once is refused (RFC 6749 section 2.3).
/// </summary>
public sealed class ClientAuthenticator(IdentityDataContext db)
{
    public async Task<ClientAuthentication> AuthenticateAsync(HttpContext http, IFormCollection form)
    {
        string? id = null;
        string? secret = null;
        var usedBasic = false;
        if (AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } parameter)
        {
            usedBasic = true;
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    id = Uri.UnescapeDataString(decoded[..colon].Replace('+', ' '));
                    secret = Uri.UnescapeDataString(decoded[(colon + 1)..].Replace('+', ' '));
                }
            }
            catch (FormatException)
            {
                return ClientAuthentication.Failed(usedBasic);
            }
            if (form.ContainsKey("client_secret"))
            {
                return ClientAuthentication.Failed(usedBasic);
            }
        }
        else
        {
            id = form["client_id"];
            secret = form["client_secret"];
        }

        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(secret))
        {
            return ClientAuthentication.Failed(usedBasic);
        }
        if (form["client_id"] is { Count: > 0 } formId && formId != id)
        {
            return ClientAuthentication.Failed(usedBasic);
        }
        var client = await db.Clients.FindAsync(id);
        if (client?.SecretHash is null || !SecretHasher.Verify(secret, client.SecretHash))
        {
            return ClientAuthentication.Failed(usedBasic);
        }
        return new ClientAuthentication(client, usedBasic);
    }
}
