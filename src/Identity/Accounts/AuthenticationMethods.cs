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

    /// <summary>A key held in hardware that never leaves the device.</summary>
    public const string HardwareKey = "hwk";

    /// <summary>A key in software, here a passkey a password manager may copy to other devices.</summary>
    public const string SoftwareKey = "swk";

    public const string UserPresence = "user";

    public const string SingleFactor = "urn:right-help:acr:single-factor";
    public const string MultiFactor = "urn:right-help:acr:multi-factor";

    /// <summary>
    /// A passkey proves possession of the key, and because we require user verification the
    /// device also checked a PIN or biometric: two factors, so it meets the staff requirement.
    /// </summary>
    public static string[] ForPasskey(bool backupEligible)
        => [backupEligible ? SoftwareKey : HardwareKey, UserPresence, MultipleFactors];

    public static string AcrFor(IReadOnlyCollection<string> amr)
        => amr.Contains(MultipleFactors) ? MultiFactor : SingleFactor;
}
