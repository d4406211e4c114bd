namespace RightHelp.Portal.Api.EarlyHelp;

public sealed record ServiceFacets(
    IReadOnlyList<FacetValue> Categories,
    IReadOnlyList<FacetValue> Localities,
    IReadOnlyList<FacetValue> ReferralRoutes,
    IReadOnlyList<FacetValue> Cost);
