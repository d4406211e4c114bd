namespace RightHelp.Api.Directory.GraphQL;

public sealed record ServiceFacets(
    IReadOnlyList<FacetValue> Categories,
    IReadOnlyList<FacetValue> Localities,
    IReadOnlyList<FacetValue> ReferralRoutes,
    IReadOnlyList<FacetValue> Cost);
