namespace RightHelp.Identity.Provider;

public static class Scopes
{
    public const string OpenId = "openid";
    public const string Profile = "profile";
    public const string Email = "email";
    public const string OfflineAccess = "offline_access";
    public const string Api = "api";
    public const string DirectoryWrite = "directory.write";

    /// <summary>A council's case system (Mosaic, Liquidlogic) upserting families, plans and meetings.</summary>
    public const string PlansWrite = "plans.write";

    public static readonly IReadOnlyList<string> All = [OpenId, Profile, Email, OfflineAccess, Api, DirectoryWrite, PlansWrite];

    public static string[] Parse(string? scope)
        => (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToArray();
}
