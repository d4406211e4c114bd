using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Localities;

public static class LocalityResolvers
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Query", "localities", ctx => ctx.Database().RunAsync<IReadOnlyList<Locality>>(
            async db => await db.Localities.AsNoTracking().OrderBy(l => l.Name).ToListAsync(ctx.CancellationToken), ctx.CancellationToken))
        .Add("Locality", "id", ctx => GlobalId.Encode("Locality", ctx.GetSource<Locality>().Id));

    /// <summary>Localities by id for one request, in one query however many objects ask.</summary>
    public static Task<Locality?> LoadAsync(RightHelp.GraphQL.Execution.ResolveContext ctx, Guid id)
        => ctx.Loader<Guid, Locality>("localityById", (_, ids, ct) => ctx.Database().RunAsync<IReadOnlyDictionary<Guid, Locality>>(
            async db => await db.Localities.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct), ct)).LoadAsync(id);
}
