using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.Directory.GraphQL;

/// <summary>
/// Everything a listing page shows, for every service one request asks about, in one batch:
/// lists, node(id:) and shortlists all hand over bare services and the details load here.
/// </summary>
public static class ServiceDetails
{
    public static async Task<Service> LoadAsync(ResolveContext ctx)
    {
        var service = ctx.GetSource<Service>();
        return await ctx.Loader<Guid, Service>("serviceDetails", (_, ids, ct) => ctx.Database().RunAsync<IReadOnlyDictionary<Guid, Service>>(
            async db => await db.Services.AsNoTracking().AsSplitQuery()
                .Where(s => ids.Contains(s.Id))
                .Include(s => s.Contacts)
                .Include(s => s.Eligibilities)
                .Include(s => s.CostOptions)
                .Include(s => s.Schedules)
                .Include(s => s.ServiceAtLocations).ThenInclude(a => a.Location).ThenInclude(l => l!.Locality)
                .Include(s => s.TaxonomyTerms).ThenInclude(t => t.TaxonomyTerm).ThenInclude(t => t!.Parent)
                .Include(s => s.ServiceAreas).ThenInclude(a => a.Locality)
                .ToDictionaryAsync(s => s.Id, ct), ct)).LoadAsync(service.Id) ?? service;
    }

    public static IReadOnlyList<ServiceLocationView> Locations(Service service)
        => [.. service.ServiceAtLocations.Where(a => a.Location is not null)
            .OrderBy(a => a.Location!.Name, StringComparer.Ordinal)
            .Select(a => ServiceLocationView.From(a, service.Schedules))];

    /// <summary>Schedules not tied to one location: when the service runs wherever it runs.</summary>
    public static IReadOnlyList<OpeningTimeView> OpeningTimes(Service service)
        => [.. service.Schedules.Where(s => s.ServiceAtLocationId is null).Select(OpeningTimeView.From)];

    public static IReadOnlyList<CategoryView> Categories(Service service)
        => [.. service.TaxonomyTerms.Select(t => t.TaxonomyTerm).OfType<TaxonomyTerm>()
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(Category)];

    public static IReadOnlyList<Locality> Localities(Service service)
        => [.. service.ServiceAreas.Select(a => a.Locality)
            .Concat(service.ServiceAtLocations.Select(a => a.Location?.Locality))
            .OfType<Locality>()
            .DistinctBy(l => l.Id)
            .OrderBy(l => l.Name, StringComparer.Ordinal)];

    public static CategoryView Category(TaxonomyTerm term) => new(term.Code, term.Name, term.Description, term.Parent?.Code);

    /// <summary>The first sentence, or the first 200 characters cut at a word, for lists of results.</summary>
    public static string Summary(string description)
    {
        var text = description.Trim();
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        if (end is > 0 and < 200)
        {
            return text[..(end + 1)];
        }
        if (text.Length <= 200)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', 199);
        return text[..(cut > 0 ? cut : 200)].TrimEnd(',', ';', ' ') + "…";
    }
}
