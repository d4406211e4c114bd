using System.Buffers.Text;
using System.Globalization;
using System.Text;
using RightHelp.Portal.Components.GovUk;

namespace RightHelp.Portal.Components.Feedback;

/// <summary>
/// Numbered pages over the Api's connections. Their cursors are offsets ("offset:40", base64url,
/// as the Api's Paging writes them), so page n starts after the cursor for (n - 1) * size and a
/// person can jump to any page without walking through the ones before it.
/// </summary>
public static class OffsetPages
{
    public static string? After(int page, int size) =>
        page <= 1 ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes("offset:" + ((page - 1) * size).ToString(CultureInfo.InvariantCulture)));

    public static int Count(int total, int size) => Math.Max(1, (total + size - 1) / size);

    /// <summary>GOV.UK's pattern: first, last, the current page and its neighbours, with gaps as ellipses.</summary>
    public static IReadOnlyList<PaginationItem> Items(int current, int pages, Func<int, string> href)
    {
        if (pages <= 1)
        {
            return [];
        }
        var items = new List<PaginationItem>();
        for (var number = 1; number <= pages; number++)
        {
            if (number == 1 || number == pages || Math.Abs(number - current) <= 1)
            {
                items.Add(new PaginationItem(number, href(number), number == current));
            }
            else if (items.Count > 0 && !items[^1].IsEllipsis)
            {
                items.Add(PaginationItem.Ellipsis);
            }
        }
        return items;
    }
}
