using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;

namespace RightHelp.Api.GraphQL;

/// <summary>
/// The directory through GraphQL: a plain listing with a word filter. Ranked search belongs to
/// the directory feature and replaces the filter here when it lands.
/// </summary>
public static class ServiceResolvers
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Query", "services", ctx =>
        {
            var filter = ctx.GetArgument<IReadOnlyDictionary<string, object?>?>("filter");
            var text = (filter?.GetValueOrDefault("text") as string)?.Trim();
            var locality = GlobalId.DecodeAs(filter?.GetValueOrDefault("locality") as string, "Locality");
            return Paging.PageAsync(ctx.Database(), db =>
            {
                var services = db.Services.AsNoTracking().Include(s => s.Organization).Where(s => s.Status == ServiceStatus.Active);
                if (!string.IsNullOrEmpty(text))
                {
                    var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
                    services = services.Where(s => EF.Functions.ILike(s.Name, pattern) || EF.Functions.ILike(s.Description, pattern));
                }
                if (locality is { } localityId)
                {
                    services = services.Where(s => s.ServiceAreas.Any(a => a.LocalityId == localityId));
                }
                return services.OrderBy(s => s.Name).ThenBy(s => s.Id);
            }, ctx);
        })
        .Add("Service", "id", ctx => GlobalId.Encode("Service", ctx.GetSource<Service>().Id))
        .Add("Service", "organizationName", ctx => ctx.GetSource<Service>().Organization?.Name ?? "")
        .Add("Service", "lastVerifiedOn", ctx => ctx.GetSource<Service>().AssuredDate);
}
