namespace RightHelp.Identity.Accounts;

/// <summary>
/// <c>amr</c> values (RFC 8176) and our <c>acr</c> values. The Api requires
/// <see cref="MultiFactor"/> for staff.
/// </summary>
public static class AuthenticationMethods
{
    public const string Password = "pwd";
    public const string OneTimePassword = "otp";
    public const string MultipleFactors = "mfa";

    public const string SingleFactor = "urn:right-help:acr:single-factor";
    public const string MultiFactor = "urn:right-help:acr:multi-factor";

    public static string AcrFor(IReadOnlyCollection<string> amr)
        => amr.Contains(MultipleFactors) ? MultiFactor : SingleFactor;
}
