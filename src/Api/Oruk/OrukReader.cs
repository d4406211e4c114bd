using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;

namespace RightHelp.Api.Oruk;

/// <summary>Reads the public directory for the Open Referral UK API: active services only.</summary>
public sealed class OrukReader(PortalDbContext db)
{
    private const double MetresPerDegreeLatitude = 111_320;

    private IQueryable<Service> PublicServices => db.Services.AsNoTracking().Where(s => s.Status == ServiceStatus.Active);

    public async Task<OrukPage<OrukServiceSummary>> ServicesAsync(OrukQuery query, CancellationToken cancellationToken)
    {
        var services = Filter(PublicServices, query);
        var total = await services.CountAsync(cancellationToken);
        IOrderedQueryable<Service> ordered;
        if (query.Search is { } search)
        {
            ordered = services.OrderByDescending(s => s.SearchVector.Rank(EF.Functions.WebSearchToTsQuery("english", search)));
            ordered = ordered.ThenBy(s => s.Name).ThenBy(s => s.Id);
        }
        else
        {
            ordered = services.OrderBy(s => s.Name).ThenBy(s => s.Id);
        }
        var ids = await ordered.Skip((query.Page - 1) * query.PerPage).Take(query.PerPage).Select(s => s.Id).ToListAsync(cancellationToken);
        var summaries = await SummariesAsync(ids, cancellationToken);
        return OrukPage<OrukServiceSummary>.Create(ids.Select(id => summaries[id]).ToList(), total, query.Page, query.PerPage);
    }

    public async Task<OrukService?> ServiceAsync(Guid id, CancellationToken cancellationToken)
    {
        var service = await PublicServices
            .Include(s => s.Organization)
            .Include(s => s.ServiceAtLocations).ThenInclude(sal => sal.Location)
            .Include(s => s.Contacts)
            .Include(s => s.Schedules)
            .Include(s => s.TaxonomyTerms).ThenInclude(t => t.TaxonomyTerm!).ThenInclude(t => t.Taxonomy)
            .Include(s => s.Eligibilities)
            .Include(s => s.CostOptions)
            .Include(s => s.ServiceAreas).ThenInclude(a => a.Locality)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return service is null ? null : OrukMapper.Service(service);
    }

    /// <summary>
    /// Services at their locations. With a postcode, only locations in that postcode district (or in a
    /// locality that covers it); with a proximity too, only those within that many metres of the
    /// postcode's centre, nearest first. The centre is taken from the directory's own locations,
    /// because there is no postcode lookup service to ask.
    /// </summary>
    public async Task<OrukPage<OrukServiceAtLocation>?> ServiceAtLocationsAsync(OrukQuery query, CancellationToken cancellationToken)
    {
        var services = Filter(PublicServices, query);
        var located = db.ServiceAtLocations.AsNoTracking().Where(sal => services.Any(s => s.Id == sal.ServiceId));
        IOrderedQueryable<ServiceAtLocation>? ordered = null;
        if (query.Postcode is { } text && UkPostcode.TryParse(text, out var postcode))
        {
            if (query.Proximity is { } metres)
            {
                var centre = await CentreAsync(postcode, cancellationToken);
                if (centre is null)
                {
                    return null;
                }
                var (latitude, longitude) = centre.Value;
                var metresPerDegreeLongitude = MetresPerDegreeLatitude * Math.Cos(latitude * Math.PI / 180);
                var withinSquared = metres * metres;
                located = located.Where(sal => sal.Location!.Latitude != null && sal.Location.Longitude != null
                    && (sal.Location.Latitude.Value - latitude) * MetresPerDegreeLatitude * (sal.Location.Latitude.Value - latitude) * MetresPerDegreeLatitude
                     + (sal.Location.Longitude.Value - longitude) * metresPerDegreeLongitude * (sal.Location.Longitude.Value - longitude) * metresPerDegreeLongitude
                     <= withinSquared);
                ordered = located.OrderBy(sal =>
                    (sal.Location!.Latitude!.Value - latitude) * (sal.Location.Latitude.Value - latitude) * MetresPerDegreeLatitude * MetresPerDegreeLatitude
                    + (sal.Location.Longitude!.Value - longitude) * (sal.Location.Longitude.Value - longitude) * metresPerDegreeLongitude * metresPerDegreeLongitude);
            }
            else
            {
                var district = postcode.District;
                var prefix = district + " ";
                located = located.Where(sal => sal.Location!.PostalCode != null && sal.Location.PostalCode.ToUpper().StartsWith(prefix)
                    || sal.Location!.Locality != null && sal.Location.Locality.PostcodeDistricts.Contains(district));
            }
        }
        ordered = ordered is null
            ? located.OrderBy(sal => sal.Service!.Name).ThenBy(sal => sal.Location!.Name).ThenBy(sal => sal.Id)
            : ordered.ThenBy(sal => sal.Id);
        var total = await located.CountAsync(cancellationToken);
        var page = await ordered.Skip((query.Page - 1) * query.PerPage).Take(query.PerPage)
            .Include(sal => sal.Location)
            .ToListAsync(cancellationToken);
        var summaries = await SummariesAsync(page.Select(p => p.ServiceId).Distinct().ToList(), cancellationToken);
        var salIds = page.Select(p => p.Id).ToList();
        var schedules = await db.Schedules.AsNoTracking().Where(s => s.ServiceAtLocationId != null && salIds.Contains(s.ServiceAtLocationId.Value)).ToListAsync(cancellationToken);
        var contents = page.Select(sal => OrukMapper.ServiceAtLocation(sal, schedules.Where(s => s.ServiceAtLocationId == sal.Id), summaries[sal.ServiceId])).ToList();
        return OrukPage<OrukServiceAtLocation>.Create(contents, total, query.Page, query.PerPage);
    }

    public async Task<OrukServiceAtLocation?> ServiceAtLocationAsync(Guid id, CancellationToken cancellationToken)
    {
        var sal = await db.ServiceAtLocations.AsNoTracking().Include(s => s.Location)
            .Where(s => s.Id == id && PublicServices.Any(p => p.Id == s.ServiceId))
            .SingleOrDefaultAsync(cancellationToken);
        if (sal is null)
        {
            return null;
        }
        var schedules = await db.Schedules.AsNoTracking().Where(s => s.ServiceAtLocationId == id).ToListAsync(cancellationToken);
        var summaries = await SummariesAsync([sal.ServiceId], cancellationToken);
        return OrukMapper.ServiceAtLocation(sal, schedules, summaries[sal.ServiceId]);
    }

    public async Task<OrukPage<OrukTaxonomy>> TaxonomiesAsync(OrukQuery query, CancellationToken cancellationToken)
    {
        var total = await db.Taxonomies.CountAsync(cancellationToken);
        var page = await db.Taxonomies.AsNoTracking().OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Skip((query.Page - 1) * query.PerPage).Take(query.PerPage).ToListAsync(cancellationToken);
        return OrukPage<OrukTaxonomy>.Create(page.Select(t => OrukMapper.Taxonomy(t, null)).ToList(), total, query.Page, query.PerPage);
    }

    public async Task<OrukTaxonomy?> TaxonomyAsync(Guid id, CancellationToken cancellationToken)
    {
        var taxonomy = await db.Taxonomies.AsNoTracking().Include(t => t.Terms).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return taxonomy is null ? null : OrukMapper.Taxonomy(taxonomy, taxonomy.Terms.OrderBy(t => t.Name).ThenBy(t => t.Id));
    }

    public async Task<OrukPage<OrukTaxonomyTerm>> TaxonomyTermsAsync(OrukQuery query, CancellationToken cancellationToken)
    {
        var terms = db.TaxonomyTerms.AsNoTracking();
        if (query.TaxonomyId is { } taxonomyId)
        {
            terms = terms.Where(t => t.TaxonomyId == taxonomyId);
        }
        var total = await terms.CountAsync(cancellationToken);
        var page = await terms.Include(t => t.Taxonomy).OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Skip((query.Page - 1) * query.PerPage).Take(query.PerPage).ToListAsync(cancellationToken);
        return OrukPage<OrukTaxonomyTerm>.Create(page.Select(OrukMapper.TaxonomyTerm).ToList(), total, query.Page, query.PerPage);
    }

    public async Task<OrukTaxonomyTerm?> TaxonomyTermAsync(Guid id, CancellationToken cancellationToken)
    {
        var term = await db.TaxonomyTerms.AsNoTracking().Include(t => t.Taxonomy).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return term is null ? null : OrukMapper.TaxonomyTerm(term);
    }

    private static IQueryable<Service> Filter(IQueryable<Service> services, OrukQuery query)
    {
        if (query.Search is { } search)
        {
            var pattern = "%" + search.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            services = services.Where(s => s.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("english", search)) || EF.Functions.ILike(s.Name, pattern));
        }
        if (query.TaxonomyTermId is { } termId)
        {
            services = services.Where(s => s.TaxonomyTerms.Any(t => t.TaxonomyTermId == termId));
        }
        if (query.TaxonomyId is { } taxonomyId)
        {
            services = services.Where(s => s.TaxonomyTerms.Any(t => t.TaxonomyTerm!.TaxonomyId == taxonomyId));
        }
        if (query.MinimumAge is { } minimum)
        {
            services = services.Where(s => s.Eligibilities.Any(e => e.MinimumAge >= minimum));
        }
        if (query.MaximumAge is { } maximum)
        {
            services = services.Where(s => s.Eligibilities.Any(e => e.MaximumAge <= maximum));
        }
        if (query.Day is not null || query.StartTime is not null || query.EndTime is not null)
        {
            // One schedule must satisfy day and times together: "Tuesdays from 9" is not "Mondays at 9, Tuesdays at 6".
            var day = query.Day;
            var start = query.StartTime;
            var end = query.EndTime;
            services = services.Where(s => s.Schedules.Any(sc =>
                (day == null || (sc.ByDay != null && sc.ByDay.Contains(day)))
                && (start == null || (sc.OpensAt != null && sc.OpensAt >= start))
                && (end == null || (sc.ClosesAt != null && sc.ClosesAt <= end))));
        }
        return services;
    }

    private async Task<Dictionary<Guid, OrukServiceSummary>> SummariesAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        var services = await db.Services.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Include(s => s.Organization).Include(s => s.Eligibilities).AsSplitQuery().ToListAsync(cancellationToken);
        return services.ToDictionary(s => s.Id, s => new OrukServiceSummary(
            s.Id, s.OrganizationId, s.Name, string.IsNullOrWhiteSpace(s.Description) ? null : s.Description,
            string.IsNullOrWhiteSpace(s.Url) ? null : s.Url, string.IsNullOrWhiteSpace(s.Email) ? null : s.Email,
            OrukMapper.Status(s.Status), string.IsNullOrWhiteSpace(s.Fees) ? null : s.Fees,
            OrukMapper.MinimumAge(s.Eligibilities), OrukMapper.MaximumAge(s.Eligibilities),
            s.AssuredDate, string.IsNullOrWhiteSpace(s.AssurerEmail) ? null : s.AssurerEmail,
            string.IsNullOrWhiteSpace(s.Alert) ? null : s.Alert, s.LastModified, OrukMapper.Organization(s.Organization!)));
    }

    private async Task<(double Latitude, double Longitude)?> CentreAsync(UkPostcode postcode, CancellationToken cancellationToken)
    {
        var located = db.Locations.AsNoTracking().Where(l => l.Latitude != null && l.Longitude != null && l.PostalCode != null);
        var exact = postcode.Full is { } full ? located.Where(l => l.PostalCode!.ToUpper() == full) : located.Where(_ => false);
        var prefix = postcode.District + " ";
        foreach (var candidates in new[] { exact, located.Where(l => l.PostalCode!.ToUpper().StartsWith(prefix)) })
        {
            var points = await candidates.Select(l => new { Latitude = l.Latitude!.Value, Longitude = l.Longitude!.Value }).ToListAsync(cancellationToken);
            if (points.Count > 0)
            {
                return (points.Average(p => p.Latitude), points.Average(p => p.Longitude));
            }
        }
        return null;
    }
}
