namespace RightHelp.Api.Directory;

public sealed record DirectorySearchResult(
    IReadOnlyList<DirectorySearchHit> Hits,
    int TotalCount,
    int Page,
    int PageSize,
    DirectoryFacets Facets,
    IReadOnlyList<SearchConcept> Concepts)
{
    /// <summary>More listings matched than <see cref="DirectorySearch.MaxCandidates"/>: the total and facets count the best of them.</summary>
    public bool IsTotalCapped { get; init; }

    public int TotalPages => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}
