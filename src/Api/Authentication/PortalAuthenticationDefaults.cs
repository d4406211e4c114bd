namespace RightHelp.Api.Authentication;

public static class PortalAuthenticationDefaults
{
    public const string Scheme = "Bearer";

    /// <summary>The audience our Identity provider puts in every access token for this Api.</summary>
    public const string Audience = "right-help-api";
}
