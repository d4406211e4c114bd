using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;

namespace RightHelp.Api.Listings;

/// <summary>
/// The public directory as one CSV file for councils and partners to load elsewhere: active
/// listings only, and only what the public listing shows (no reviewer or submitter details).
/// </summary>
public static class DirectoryExport
{
    public const string Path = "/directory/export.csv";

    public static readonly string[] Header =
    [
        "id", "name", "organisation", "description", "eligibility", "how_to_refer", "referral_route", "free", "fees",
        "email", "phone", "url", "localities", "last_verified",
    ];

    public static async Task WriteAsync(PortalDbContext db, TextWriter writer, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(Csv.Row(Header));
        var localities = await db.Localities.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        var services = db.Services.AsNoTracking()
            .Where(s => s.Status == ServiceStatus.Active)
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id,
                s.Name,
                Organization = s.Organization!.Name,
                s.Description,
                Eligibility = s.Eligibilities.OrderBy(e => e.Id).Select(e => e.Description).FirstOrDefault(),
                s.HowToRefer,
                s.ReferralRoute,
                s.IsFree,
                s.Fees,
                s.Email,
                Phone = s.Contacts.OrderBy(c => c.Id).Where(c => c.Phone != null).Select(c => c.Phone).FirstOrDefault(),
                s.Url,
                Areas = s.ServiceAreas.Select(a => a.LocalityId).ToList(),
                s.AssuredDate,
            })
            .AsAsyncEnumerable();
        await foreach (var s in services.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(Csv.Row(
            [
                s.Id.ToString(),
                s.Name,
                s.Organization,
                s.Description,
                s.Eligibility,
                s.HowToRefer,
                s.ReferralRoute.ToString(),
                s.IsFree ? "yes" : "no",
                s.Fees,
                s.Email,
                s.Phone,
                s.Url,
                string.Join("; ", s.Areas.Select(a => localities.GetValueOrDefault(a)).Where(n => n is not null).Order(StringComparer.Ordinal)),
                s.AssuredDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ]));
        }
    }
}
