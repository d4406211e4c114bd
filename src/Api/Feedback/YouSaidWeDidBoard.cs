using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.YouSaidWeDid.Anonymising;

namespace RightHelp.Api.YouSaidWeDid;

/// <summary>
/// The public "You said, we did" board: published responses only, newest first. Anyone may read
/// it, so the quote is made anonymous again on the way out in case the rules have improved since
/// it was written.
/// </summary>
public sealed class YouSaidWeDidBoard(PortalDbContext db, QuoteAnonymiser anonymiser)
{
    public async Task<Connection<YouSaidWeDidItem>> YouSaidWeDidAsync(int? first, string? after, FeedbackTheme? theme, string? locality, CancellationToken cancellationToken = default)
    {
        var query = db.FeedbackResponses.AsNoTracking().Where(r => r.PublishedAt != null);
        if (theme is { } t)
        {
            query = query.Where(r => r.Theme == t);
        }
        if (!string.IsNullOrWhiteSpace(locality))
        {
            query = query.Where(r => r.Locality != null && r.Locality.Slug == locality);
        }
        if (PageCursor.Decode(after) is var (at, id))
        {
            query = query.Where(r => r.PublishedAt < at || (r.PublishedAt == at && r.Id.CompareTo(id) < 0));
        }
        var size = PageCursor.PageSize(first);
        var rows = await query.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Take(size + 1)
            .Select(r => new { r.Id, r.YouSaid, r.WeDid, r.Theme, LocalityName = r.Locality!.Name, LocalitySlug = r.Locality.Slug, PublishedAt = r.PublishedAt!.Value })
            .ToListAsync(cancellationToken);
        var page = rows.Take(size).Select(r => new YouSaidWeDidItem(r.Id, anonymiser.Anonymise(r.YouSaid), r.WeDid, r.Theme, r.LocalityName, r.LocalitySlug, r.PublishedAt)).ToList();
        var end = page.LastOrDefault();
        return new Connection<YouSaidWeDidItem>(page, end is null ? null : PageCursor.Encode(end.PublishedAt, end.Id), rows.Count > size);
    }
}
