namespace RightHelp.Api.Directory;

public sealed record DirectorySearchResult(
    IReadOnlyList<DirectorySearchHit> Hits,
    int TotalCount,
    int Page,
    int PageSize,
    DirectoryFacets Facets,
    IReadOnlyList<SearchConcept> Concepts)
{
    public int TotalPages => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}
