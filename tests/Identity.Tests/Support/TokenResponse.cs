using System.Net;
using System.Text.Json;

namespace RightHelp.Identity.Tests.Support;

public sealed record TokenResponse(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)
{
    public string? Get(string name) => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) ? value.GetString() : null;

    public string Error => Get("error") ?? "";

    public string AccessToken => Get("access_token") ?? throw new InvalidOperationException($"No access token: {Status} {Body}");

    public string RefreshToken => Get("refresh_token") ?? throw new InvalidOperationException($"No refresh token: {Status} {Body}");

    public string IdToken => Get("id_token") ?? throw new InvalidOperationException($"No id token: {Status} {Body}");
}
