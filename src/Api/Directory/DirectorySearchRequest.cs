namespace RightHelp.Api.Directory;

/// <param name="Text">What the searcher typed, in their own words.</param>
/// <param name="Category">A taxonomy term code (such as <c>domestic-abuse</c>); its child terms match too.</param>
/// <param name="Locality">A locality slug (such as <c>north</c>): services covering it or based there.</param>
/// <param name="Age">The age of the child or adult the help is for.</param>
/// <param name="Page">From 1.</param>
public sealed record DirectorySearchRequest(
    string? Text = null,
    string? Category = null,
    string? Locality = null,
    int? Age = null,
    bool FreeOnly = false,
    ReferralRouteFilter? Referral = null,
    int Page = 1,
    int PageSize = 20)
{
    public const int MaxPageSize = 100;

    /// <summary>Rows to skip, for cursors that need not fall on a page boundary; overrides <see cref="Page"/>.</summary>
    public int? Offset { get; init; }
}
