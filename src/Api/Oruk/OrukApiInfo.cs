namespace RightHelp.Api.Oruk;

/// <summary>The answer to <c>GET /oruk/</c>: which HSDS version and profile the API follows.</summary>
public sealed record OrukApiInfo(string Version, string Profile, string? OpenapiUrl);
