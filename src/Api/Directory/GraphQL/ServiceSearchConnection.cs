using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Directory.GraphQL;

/// <summary>A page of ranked listings with the facets over everything matched.</summary>
public sealed record ServiceSearchConnection(int TotalCount, IReadOnlyList<object> Nodes, PageInfo PageInfo, ServiceFacets Facets);
