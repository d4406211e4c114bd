namespace RightHelp.Api.Data;

/// <summary>Open Referral UK <c>location</c> with its one physical address folded in.</summary>
public class Location
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public LocationType LocationType { get; set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string? Address1 { get; set; }

    public string? City { get; set; }

    public string? StateProvince { get; set; }

    public string? PostalCode { get; set; }

    public string Country { get; set; } = "GB";

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Step-free access, hearing loop, parking... in plain words.</summary>
    public string? Accessibility { get; set; }

    public Guid? LocalityId { get; set; }

    public Locality? Locality { get; set; }
}
