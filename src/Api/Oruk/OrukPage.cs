namespace RightHelp.Api.Oruk;

/// <summary>A page in Open Referral UK's shape; <see cref="Size"/> is how many items this page holds.</summary>
public sealed record OrukPage<T>(
    int TotalItems,
    int TotalPages,
    int PageNumber,
    int Size,
    bool FirstPage,
    bool LastPage,
    bool Empty,
    IReadOnlyList<T> Contents)
{
    public static OrukPage<T> Create(IReadOnlyList<T> contents, int totalItems, int pageNumber, int perPage)
    {
        var totalPages = (totalItems + perPage - 1) / perPage;
        return new OrukPage<T>(totalItems, totalPages, pageNumber, contents.Count, pageNumber == 1,
            pageNumber >= totalPages, contents.Count == 0, contents);
    }
}
