namespace RightHelp.Portal.Api.EarlyHelp;

/// <summary>What the searcher asked for, as the GET form sends it; empty values mean "any".</summary>
public sealed record DirectoryFilter(string? Text, string? Category, string? Locality, string? ReferralRoute, bool FreeOnly)
{
    public object ToVariables() => new
    {
        text = Blank(Text),
        category = Blank(Category),
        locality = Blank(Locality),
        referralRoute = Blank(ReferralRoute) is { } route && route is "SELF_REFERRAL" or "PROFESSIONAL_REFERRAL" ? route : null,
        freeOnly = FreeOnly ? true : (bool?)null,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
