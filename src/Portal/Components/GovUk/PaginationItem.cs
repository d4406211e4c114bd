namespace RightHelp.Portal.Components.GovUk;

/// <summary>A numbered page link; <see cref="Ellipsis"/> stands for skipped pages.</summary>
public sealed record PaginationItem(int Number, string Href, bool Current = false)
{
    public static PaginationItem Ellipsis { get; } = new(0, "");

    public bool IsEllipsis => Number == 0;
}
