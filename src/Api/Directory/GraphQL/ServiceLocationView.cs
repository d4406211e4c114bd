using RightHelp.Api.Data;

namespace RightHelp.Api.Directory.GraphQL;

public sealed record ServiceLocationView(
    string Name,
    string? Description,
    string? Address,
    string? Postcode,
    bool Online,
    string? Accessibility,
    Locality? Locality,
    IReadOnlyList<OpeningTimeView> OpeningTimes)
{
    public static ServiceLocationView From(ServiceAtLocation at, IEnumerable<Schedule> schedules)
    {
        var location = at.Location!;
        var parts = new[] { location.Address1, location.City, location.PostalCode }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return new ServiceLocationView(
            location.Name,
            location.Description,
            parts.Count == 0 ? null : string.Join(", ", parts),
            location.PostalCode,
            location.LocationType == LocationType.Virtual,
            location.Accessibility,
            location.Locality,
            [.. schedules.Where(s => s.ServiceAtLocationId == at.Id).Select(OpeningTimeView.From)]);
    }
}
