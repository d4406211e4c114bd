namespace RightHelp.Portal.Api.EarlyHelp;

public sealed record ServiceSearchResult(int TotalCount, IReadOnlyList<ServiceSummary> Nodes, SearchPageInfo PageInfo, ServiceFacets Facets);
