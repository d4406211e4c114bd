using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Directory.GraphQL;

/// <summary>
/// A school's list of services for a family. It holds services only, never who the family is,
/// so anyone may make one and whoever has the link (256 random bits) may read it until it expires.
/// </summary>
public static class ShortlistResolvers
{
    public const int MaxServices = 10;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    public static void Register(ResolverMap map) => map
        .AddAsync("Mutation", "createShortlist", async ctx =>
        {
            var viewer = await ctx.ViewerAsync();
            var raw = (ctx.Input().GetValueOrDefault("serviceIds") as IEnumerable<object?> ?? []).ToList();
            var ids = raw.Select(id => GlobalId.DecodeAs(id as string, "Service")).ToList();
            if (ids.Count == 0 || ids.Count > MaxServices)
            {
                return Payload.Failed("shortlist", UserErrors.Invalid("serviceIds", ids.Count == 0
                    ? "Choose at least one service."
                    : $"Choose {MaxServices} services or fewer."));
            }
            var now = ctx.GetService<TimeProvider>().GetUtcNow();
            return await ctx.Database().RunAsync(async db =>
            {
                var wanted = ids.OfType<Guid>().Distinct().ToList();
                var found = await db.Services.Include(s => s.Organization).Where(s => wanted.Contains(s.Id) && s.Status == ServiceStatus.Active)
                    .ToDictionaryAsync(s => s.Id, ctx.CancellationToken);
                if (ids.Any(id => id is null) || found.Count != wanted.Count)
                {
                    return Payload.Failed("shortlist", UserErrors.Invalid("serviceIds", "One of the services is no longer in the directory. Remove it and try again."));
                }
                var shortlist = new Shortlist
                {
                    PublicToken = NewToken(),
                    Title = "Help for your family",
                    CreatedBySubject = viewer.Subject,
                    OrganizationId = viewer.OrganizationId,
                    CreatedAt = now,
                    ExpiresAt = now + Lifetime,
                    Items = [.. wanted.Select((id, position) => new ShortlistItem { ServiceId = id, Service = found[id], Position = position })],
                };
                db.Shortlists.Add(shortlist);
                await db.SaveChangesAsync(ctx.CancellationToken);
                return Payload.Ok("shortlist", shortlist);
            }, ctx.CancellationToken);
        })
        .AddAsync("Query", "shortlist", async ctx =>
        {
            var token = ctx.GetArgument<string?>("token") ?? "";
            if (token.Length is < 32 or > 100)
            {
                return null;
            }
            var now = ctx.GetService<TimeProvider>().GetUtcNow();
            return await ctx.Database().RunAsync(db => db.Shortlists.AsNoTracking()
                .Include(s => s.Items).ThenInclude(i => i.Service).ThenInclude(s => s!.Organization)
                .FirstOrDefaultAsync(s => s.PublicToken == token && (s.ExpiresAt == null || s.ExpiresAt > now), ctx.CancellationToken), ctx.CancellationToken);
        })
        .Add("Shortlist", "token", ctx => ctx.GetSource<Shortlist>().PublicToken)
        .Add("Shortlist", "url", ctx => "/list/" + ctx.GetSource<Shortlist>().PublicToken)
        .Add("Shortlist", "services", ctx => ctx.GetSource<Shortlist>().Items.OrderBy(i => i.Position)
            .Select(i => i.Service).OfType<Service>().Where(s => s.Status == ServiceStatus.Active).ToList());

    /// <summary>256 random bits, URL-safe: the link is the only key, so it must not be guessable.</summary>
    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
