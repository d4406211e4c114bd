namespace RightHelp.Identity.Accounts;

/// <summary>The cookie schemes of the sign-in pages.</summary>
public static class SessionSchemes
{
    /// <summary>A finished sign-in: the session the provider issues codes from.</summary>
    public const string Session = "RightHelp.Session";

    /// <summary>A password that was right, waiting for the second factor. Lives five minutes.</summary>
    public const string Pending = "RightHelp.Pending";
}
