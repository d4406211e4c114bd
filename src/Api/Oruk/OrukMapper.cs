using System.Globalization;
using RightHelp.Api.Data;

namespace RightHelp.Api.Oruk;

/// <summary>From our entities to Open Referral UK records; empty values become null so they are left out.</summary>
public static class OrukMapper
{
    public static string Status(ServiceStatus status) => status switch
    {
        ServiceStatus.Active => "active",
        ServiceStatus.Inactive => "inactive",
        ServiceStatus.Defunct => "defunct",
        ServiceStatus.TemporarilyClosed => "temporarily closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static OrukOrganization Organization(Organization organization)
        => new(organization.Id, organization.Name, organization.Description, Blank(organization.Email), Blank(organization.Website));

    public static OrukService Service(Service service)
    {
        var located = service.ServiceAtLocations.OrderBy(s => s.Location!.Name).ThenBy(s => s.Id)
            .Select(sal => ServiceAtLocation(sal, service.Schedules.Where(s => s.ServiceAtLocationId == sal.Id), null))
            .ToList();
        var eligibility = string.Join(" ", service.Eligibilities.Select(e => e.Description).Where(d => !string.IsNullOrWhiteSpace(d)));
        return new OrukService(
            service.Id,
            service.OrganizationId,
            service.Name,
            Blank(service.Description),
            Blank(service.Url),
            Blank(service.Email),
            Status(service.Status),
            Blank(service.Fees),
            MinimumAge(service.Eligibilities),
            MaximumAge(service.Eligibilities),
            Blank(eligibility),
            Blank(service.HowToRefer),
            service.AssuredDate,
            Blank(service.AssurerEmail),
            Blank(service.Alert),
            service.LastModified,
            NullIfEmpty(service.Schedules.Where(s => s.ServiceAtLocationId is null).OrderBy(s => s.Id).Select(Schedule)),
            NullIfEmpty(service.ServiceAreas.OrderBy(a => a.Name).Select(a => new OrukServiceArea(a.Id, a.ServiceId, Blank(a.Name), a.Locality?.Name))),
            NullIfEmpty(located),
            Organization(service.Organization!),
            NullIfEmpty(service.CostOptions.OrderBy(c => c.Id).Select(CostOption)),
            NullIfEmpty(service.Contacts.OrderBy(c => c.Name).ThenBy(c => c.Id).Select(Contact)),
            NullIfEmpty(service.TaxonomyTerms.OrderBy(t => t.TaxonomyTerm!.Name).Select(t => new OrukAttribute(
                t.Id, service.Id, t.TaxonomyTermId, "service", "service", TaxonomyTerm(t.TaxonomyTerm!)))));
    }

    public static OrukServiceAtLocation ServiceAtLocation(ServiceAtLocation sal, IEnumerable<Schedule> schedules, OrukServiceSummary? service)
        => new(sal.Id, sal.ServiceId, sal.LocationId, Location(sal.Location!), NullIfEmpty(schedules.OrderBy(s => s.Id).Select(Schedule)), service);

    public static OrukLocation Location(Location location)
    {
        OrukAddress[]? addresses = null;
        if (!string.IsNullOrWhiteSpace(location.Address1) && !string.IsNullOrWhiteSpace(location.City) && !string.IsNullOrWhiteSpace(location.PostalCode))
        {
            addresses = [new OrukAddress(OrukIds.Derive("address", location.Id), location.Id, location.Address1, location.City,
                location.StateProvince ?? "", location.PostalCode, location.Country, LocationType(location.LocationType))];
        }
        OrukAccessibility[]? accessibility = string.IsNullOrWhiteSpace(location.Accessibility)
            ? null
            : [new OrukAccessibility(OrukIds.Derive("accessibility", location.Id), location.Id, location.Accessibility)];
        return new OrukLocation(location.Id, LocationType(location.LocationType), Blank(location.Name), Blank(location.Description),
            location.Latitude, location.Longitude, addresses, accessibility);
    }

    public static OrukTaxonomyTerm TaxonomyTerm(TaxonomyTerm term)
        => new(term.Id, term.Name, term.Description, term.ParentId, term.Taxonomy?.Name, term.TaxonomyId, Blank(term.TermUri), Blank(term.Code));

    public static OrukTaxonomy Taxonomy(Taxonomy taxonomy, IEnumerable<TaxonomyTerm>? terms)
        => new(taxonomy.Id, taxonomy.Name, taxonomy.Description, Blank(taxonomy.Uri), Blank(taxonomy.Version),
            terms is null ? null : NullIfEmpty(terms.Select(TaxonomyTerm)));

    public static OrukSchedule Schedule(Schedule schedule) => new(
        schedule.Id,
        schedule.ServiceId,
        schedule.ServiceAtLocationId,
        schedule.ValidFrom,
        schedule.ValidTo,
        schedule.Freq?.ToString().ToUpperInvariant(),
        Blank(schedule.ByDay),
        Blank(schedule.Description),
        schedule.OpensAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
        schedule.ClosesAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
        schedule.AttendingType switch
        {
            Attendance.InPerson => "in person",
            Attendance.Online => "online",
            Attendance.InPersonOrOnline => "in person or online",
            _ => null,
        });

    public static int? MinimumAge(IEnumerable<Eligibility> eligibilities)
    {
        var list = eligibilities.ToList();
        return list.Count == 0 || list.Any(e => e.MinimumAge is null) ? null : list.Min(e => e.MinimumAge);
    }

    public static int? MaximumAge(IEnumerable<Eligibility> eligibilities)
    {
        var list = eligibilities.ToList();
        return list.Count == 0 || list.Any(e => e.MaximumAge is null) ? null : list.Max(e => e.MaximumAge);
    }

    private static string LocationType(LocationType type) => type.ToString().ToLowerInvariant();

    private static OrukCostOption CostOption(CostOption cost)
        => new(cost.Id, cost.ServiceId, cost.ValidFrom, cost.ValidTo, Blank(cost.Option), cost.Amount, Blank(cost.AmountDescription), cost.Amount is null ? null : "GBP");

    private static OrukContact Contact(Contact contact)
    {
        OrukPhone[]? phones = string.IsNullOrWhiteSpace(contact.Phone)
            ? null
            : [new OrukPhone(OrukIds.Derive("phone", contact.Id), contact.Id, contact.Phone)];
        return new OrukContact(contact.Id, contact.ServiceId, Blank(contact.Name), Blank(contact.Title), Blank(contact.Email), phones);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static List<T>? NullIfEmpty<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list;
    }
}
