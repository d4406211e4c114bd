namespace RightHelp.Api.Directory;

/// <summary>Counts over everything the search and filters matched, so each option says how many it would leave.</summary>
public sealed record DirectoryFacets(
    IReadOnlyList<FacetCount> Categories,
    IReadOnlyList<FacetCount> Localities,
    IReadOnlyList<FacetCount> Costs,
    IReadOnlyList<FacetCount> ReferralRoutes);
