using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;

namespace RightHelp.Api.Oruk;

/// <summary>
/// Loads a directory from any HSDS 3 / Open Referral UK API: pages through <c>/services</c>, reads
/// each <c>/services/{id}</c> in full, and upserts organisations, services, locations, taxonomy
/// terms and the rest by their ids, so running it again refreshes rather than duplicates.
/// </summary>
public sealed class HsdsImporter(HttpClient http, PortalDbContext db, TextWriter progress)
{
    private const int PageSize = 100;

    public async Task<HsdsImportCounts> ImportAsync(Uri baseUrl, CancellationToken cancellationToken = default)
    {
        var root = baseUrl.ToString().TrimEnd('/');
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var json = await GetAsync($"{root}/services?page={page}&per_page={PageSize}", cancellationToken);
            var contents = json["contents"]?.AsArray() ?? [];
            ids.AddRange(contents.Select(c => c!["id"]!.GetValue<string>()));
            var totalPages = json["total_pages"]?.GetValue<int>() ?? page;
            progress.WriteLine($"Listed page {page} of {totalPages}: {ids.Count} services so far.");
            if (contents.Count == 0 || json["last_page"]?.GetValue<bool>() == true || page >= totalPages)
            {
                break;
            }
        }

        var localities = await db.Localities.AsNoTracking().ToListAsync(cancellationToken);
        var counts = new HsdsImportCounts();
        foreach (var id in ids.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var service = await GetAsync($"{root}/services/{Uri.EscapeDataString(id)}", cancellationToken);
            await UpsertServiceAsync(service, localities, counts, cancellationToken);
            db.ChangeTracker.Clear();
            counts.Services++;
            if (counts.Services % 10 == 0 || counts.Services == ids.Count)
            {
                progress.WriteLine($"Imported {counts.Services} of {ids.Count} services.");
            }
        }
        return counts;
    }

    private async Task<JsonNode> GetAsync(string url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}.");
        }
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))
            ?? throw new InvalidOperationException($"GET {url} answered with no JSON.");
    }

    private async Task UpsertServiceAsync(JsonNode json, List<Locality> localities, HsdsImportCounts counts, CancellationToken cancellationToken)
    {
        var serviceId = Id(json, "id");
        var orgJson = json["organization"];
        var organizationId = orgJson is not null ? Id(orgJson, "id") : Id(json, "organization_id");
        var organization = await UpsertAsync(db.Organizations, organizationId, cancellationToken);
        if (orgJson is not null)
        {
            organization.Name = Text(orgJson, "name") ?? "Unnamed organisation";
            organization.Description = Text(orgJson, "description") ?? "";
            organization.Email = Text(orgJson, "email");
            organization.Website = Text(orgJson, "website");
            organization.Type = OrganizationType.VoluntarySector;
        }

        var service = await db.Services
            .Include(s => s.TaxonomyTerms).Include(s => s.ServiceAtLocations).Include(s => s.Contacts).Include(s => s.Schedules)
            .Include(s => s.Eligibilities).Include(s => s.CostOptions).Include(s => s.ServiceAreas)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == serviceId, cancellationToken);
        if (service is null)
        {
            service = new Service { Id = serviceId };
            db.Services.Add(service);
        }
        service.OrganizationId = organizationId;
        service.Name = Text(json, "name") ?? "Unnamed service";
        service.Description = Text(json, "description") ?? "";
        service.Url = Text(json, "url");
        service.Email = Text(json, "email");
        service.Status = Text(json, "status") switch
        {
            "inactive" => ServiceStatus.Inactive,
            "defunct" => ServiceStatus.Defunct,
            "temporarily closed" => ServiceStatus.TemporarilyClosed,
            _ => ServiceStatus.Active,
        };
        service.Fees = Text(json, "fees");
        var costs = json["cost_options"]?.AsArray() ?? [];
        service.IsFree = costs.All(c => (c?["amount"]?.GetValue<decimal>() ?? 0) == 0)
            && (service.Fees is null || service.Fees.Contains("free", StringComparison.OrdinalIgnoreCase));
        service.ReferralRoute = ReferralRoute.SelfOrProfessional;
        service.HowToRefer = Text(json, "application_process") ?? "";
        service.Alert = Text(json, "alert");
        service.AssuredDate = Text(json, "assured_date") is { } assured && DateOnly.TryParse(assured.AsSpan(0, Math.Min(10, assured.Length)), CultureInfo.InvariantCulture, out var date) ? date : null;
        service.AssurerEmail = Text(json, "assurer_email");
        service.LastModified = Text(json, "last_modified") is { } modified && DateTimeOffset.TryParse(modified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when) ? when : DateTimeOffset.UtcNow;

        var termWords = new List<string>();
        var attributeIds = new HashSet<Guid>();
        foreach (var attribute in json["attributes"]?.AsArray() ?? [])
        {
            var termJson = attribute?["taxonomy_term"];
            if (termJson is null)
            {
                continue;
            }
            var term = await UpsertTermAsync(termJson, counts, cancellationToken);
            termWords.Add($"{term.Name}: {term.Description}");
            var link = service.TaxonomyTerms.FirstOrDefault(t => t.TaxonomyTermId == term.Id);
            if (link is null)
            {
                link = new ServiceTaxonomyTerm { Id = Id(attribute!, "id"), ServiceId = serviceId, TaxonomyTermId = term.Id };
                service.TaxonomyTerms.Add(link);
            }
            attributeIds.Add(link.Id);
        }
        service.TaxonomyTerms.RemoveAll(t => !attributeIds.Contains(t.Id));
        service.TaxonomyWords = string.Join(". ", termWords);

        var schedules = new List<(JsonNode Json, Guid? ServiceAtLocationId)>();
        schedules.AddRange((json["schedules"]?.AsArray() ?? []).Select(s => (s!, (Guid?)null)));
        var salIds = new HashSet<Guid>();
        foreach (var salJson in json["service_at_locations"]?.AsArray() ?? [])
        {
            var locationJson = salJson!["location"];
            var locationId = locationJson is not null ? Id(locationJson, "id") : Id(salJson, "location_id");
            if (locationJson is not null)
            {
                await UpsertLocationAsync(locationJson, localities, counts, cancellationToken);
            }
            var salId = Id(salJson, "id");
            var sal = service.ServiceAtLocations.FirstOrDefault(s => s.Id == salId);
            if (sal is null)
            {
                sal = new ServiceAtLocation { Id = salId, ServiceId = serviceId };
                service.ServiceAtLocations.Add(sal);
            }
            sal.LocationId = locationId;
            salIds.Add(salId);
            schedules.AddRange((salJson["schedules"]?.AsArray() ?? []).Select(s => (s!, (Guid?)salId)));
        }
        service.ServiceAtLocations.RemoveAll(s => !salIds.Contains(s.Id));

        Sync(service.Schedules, schedules, s => Id(s.Json, "id"), (schedule, s) =>
        {
            schedule.ServiceId = serviceId;
            schedule.ServiceAtLocationId = s.ServiceAtLocationId;
            schedule.Freq = Text(s.Json, "freq") switch { "WEEKLY" => ScheduleFrequency.Weekly, "MONTHLY" => ScheduleFrequency.Monthly, _ => null };
            schedule.ByDay = Text(s.Json, "byday");
            schedule.OpensAt = Time(Text(s.Json, "opens_at"));
            schedule.ClosesAt = Time(Text(s.Json, "closes_at"));
            schedule.ValidFrom = Date(Text(s.Json, "valid_from"));
            schedule.ValidTo = Date(Text(s.Json, "valid_to"));
            schedule.Description = Text(s.Json, "description") ?? "";
            schedule.AttendingType = Text(s.Json, "attending_type") switch
            {
                "in person" => Attendance.InPerson,
                "online" => Attendance.Online,
                "in person or online" => Attendance.InPersonOrOnline,
                _ => null,
            };
        });
        Sync(service.Contacts, (json["contacts"]?.AsArray() ?? []).Select(c => c!).ToList(), c => Id(c, "id"), (contact, c) =>
        {
            contact.ServiceId = serviceId;
            contact.Name = Text(c, "name") ?? "";
            contact.Title = Text(c, "title");
            contact.Email = Text(c, "email");
            contact.Phone = c["phones"]?.AsArray().Select(p => Text(p!, "number")).FirstOrDefault(n => n is not null);
        });
        Sync(service.CostOptions, costs.Select(c => c!).ToList(), c => Id(c, "id"), (cost, c) =>
        {
            cost.ServiceId = serviceId;
            cost.Option = Text(c, "option") ?? "";
            cost.Amount = c["amount"]?.GetValue<decimal>();
            cost.AmountDescription = Text(c, "amount_description");
            cost.ValidFrom = Date(Text(c, "valid_from"));
            cost.ValidTo = Date(Text(c, "valid_to"));
        });
        var hasEligibility = json["minimum_age"] is not null || json["maximum_age"] is not null || Text(json, "eligibility_description") is not null;
        // HSDS 3 holds eligibility on the service itself; it becomes one row with an id derived from the service.
        Sync<Eligibility, JsonNode>(service.Eligibilities, hasEligibility ? [json] : [], _ => OrukIds.Derive("eligibility", serviceId), (eligibility, e) =>
        {
            eligibility.ServiceId = serviceId;
            eligibility.Description = Text(e, "eligibility_description") ?? "";
            eligibility.MinimumAge = Age(e["minimum_age"]);
            eligibility.MaximumAge = Age(e["maximum_age"]);
        });
        var areas = (json["service_areas"]?.AsArray() ?? [])
            .Select(a => (Json: a!, Locality: localities.FirstOrDefault(l => string.Equals(l.Name, Text(a!, "service_area"), StringComparison.OrdinalIgnoreCase))))
            .Where(a => a.Locality is not null).ToList();
        Sync(service.ServiceAreas, areas, a => Id(a.Json, "id"), (area, a) =>
        {
            area.ServiceId = serviceId;
            area.LocalityId = a.Locality!.Id;
            area.Name = Text(a.Json, "name") ?? a.Locality.Name;
        });

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<TaxonomyTerm> UpsertTermAsync(JsonNode json, HsdsImportCounts counts, CancellationToken cancellationToken)
    {
        var taxonomyId = json["taxonomy_id"] is not null ? Id(json, "taxonomy_id") : OrukIds.Derive("taxonomy", Guid.Empty);
        var taxonomy = await db.Taxonomies.FindAsync([taxonomyId], cancellationToken);
        if (taxonomy is null)
        {
            taxonomy = new Taxonomy { Id = taxonomyId, Name = Text(json, "taxonomy") ?? "Imported taxonomy", Description = "Imported with the directory." };
            db.Taxonomies.Add(taxonomy);
            counts.Taxonomies++;
        }
        var id = Id(json, "id");
        var term = await db.TaxonomyTerms.FindAsync([id], cancellationToken);
        if (term is null)
        {
            term = new TaxonomyTerm { Id = id };
            db.TaxonomyTerms.Add(term);
            counts.TaxonomyTerms++;
        }
        term.TaxonomyId = taxonomyId;
        term.Name = Text(json, "name") ?? "";
        term.Description = Text(json, "description") ?? "";
        term.Code = Text(json, "term") ?? id.ToString();
        term.TermUri = Text(json, "term_uri");
        return term;
    }

    private async Task UpsertLocationAsync(JsonNode json, List<Locality> localities, HsdsImportCounts counts, CancellationToken cancellationToken)
    {
        var id = Id(json, "id");
        var location = await db.Locations.FindAsync([id], cancellationToken);
        if (location is null)
        {
            location = new Location { Id = id };
            db.Locations.Add(location);
            counts.Locations++;
        }
        location.LocationType = Text(json, "location_type") switch { "postal" => LocationType.Postal, "virtual" => LocationType.Virtual, _ => LocationType.Physical };
        location.Name = Text(json, "name") ?? "";
        location.Description = Text(json, "description");
        location.Latitude = json["latitude"]?.GetValue<double>();
        location.Longitude = json["longitude"]?.GetValue<double>();
        var address = json["addresses"]?.AsArray().FirstOrDefault();
        location.Address1 = address is null ? null : Text(address, "address_1");
        location.City = address is null ? null : Text(address, "city");
        location.StateProvince = address is null ? null : Text(address, "state_province");
        location.PostalCode = address is null ? null : Text(address, "postal_code");
        location.Country = (address is null ? null : Text(address, "country")) ?? "GB";
        location.Accessibility = json["accessibility"]?.AsArray().Select(a => Text(a!, "description")).FirstOrDefault(d => d is not null);
        location.LocalityId = location.PostalCode is { } postcode && UkPostcode.TryParse(postcode, out var parsed)
            ? localities.FirstOrDefault(l => l.PostcodeDistricts.Contains(parsed.District))?.Id
            : null;
    }

    private async Task<T> UpsertAsync<T>(DbSet<T> set, Guid id, CancellationToken cancellationToken) where T : class, new()
    {
        var existing = await set.FindAsync([id], cancellationToken);
        if (existing is not null)
        {
            return existing;
        }
        var created = new T();
        typeof(T).GetProperty("Id")!.SetValue(created, id);
        set.Add(created);
        return created;
    }

    /// <summary>Makes a child collection match the feed: update by id, add what is new, remove what is gone.</summary>
    private static void Sync<TEntity, TSource>(List<TEntity> existing, IReadOnlyList<TSource> incoming, Func<TSource, Guid> idOf, Action<TEntity, TSource> apply)
        where TEntity : class, new()
    {
        var ids = new HashSet<Guid>();
        foreach (var source in incoming)
        {
            var id = idOf(source);
            ids.Add(id);
            var entity = existing.FirstOrDefault(e => IdOf(e) == id);
            if (entity is null)
            {
                entity = new TEntity();
                typeof(TEntity).GetProperty("Id")!.SetValue(entity, id);
                existing.Add(entity);
            }
            apply(entity, source);
        }
        existing.RemoveAll(e => !ids.Contains(IdOf(e)));
    }

    private static Guid IdOf<TEntity>(TEntity entity) => (Guid)typeof(TEntity).GetProperty("Id")!.GetValue(entity)!;

    private static Guid Id(JsonNode node, string property)
        => Guid.TryParse(Text(node, property), out var id) ? id : throw new InvalidOperationException($"\"{property}\" is not a UUID in {node.ToJsonString()[..Math.Min(200, node.ToJsonString().Length)]}");

    private static string? Text(JsonNode node, string property)
        => node[property] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static int? Age(JsonNode? node) => node is JsonValue value && value.TryGetValue<double>(out var age) ? (int)age : null;

    private static TimeOnly? Time(string? text)
        => text is not null && TimeOnly.TryParse(text.TrimEnd('Z'), CultureInfo.InvariantCulture, out var time) ? time : null;

    private static DateOnly? Date(string? text)
        => text is not null && DateOnly.TryParse(text.AsSpan(0, Math.Min(10, text.Length)), CultureInfo.InvariantCulture, out var date) ? date : null;
}
