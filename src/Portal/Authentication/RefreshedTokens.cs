namespace RightHelp.Portal.Authentication;

/// <summary>What the provider's token endpoint gave back for a refresh token.</summary>
public sealed record RefreshedTokens(string AccessToken, string? RefreshToken, int ExpiresIn);
