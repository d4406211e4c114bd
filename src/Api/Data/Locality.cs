namespace RightHelp.Api.Data;

/// <summary>One of the council's areas, served by a family hub.</summary>
public class Locality
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    /// <summary>Lower-case, hyphenated, for routes such as <c>/localities/north</c>.</summary>
    public string Slug { get; set; } = "";

    public string Summary { get; set; } = "";

    public string HubName { get; set; } = "";

    public string HubAddress { get; set; } = "";

    public string HubPostcode { get; set; } = "";

    public string HubOpeningTimes { get; set; } = "";

    public string EarlyHelpPhone { get; set; } = "";

    public string EarlyHelpEmail { get; set; } = "";

    /// <summary>Postcode districts (outward codes) in the locality, for "which locality am I in?".</summary>
    public List<string> PostcodeDistricts { get; set; } = [];

    /// <summary>Towns and neighbourhoods in the locality, for the same finder.</summary>
    public List<string> Places { get; set; } = [];

    public List<PartnershipMeeting> PartnershipMeetings { get; set; } = [];

    /// <summary>"If this locality were 100 children": each line says how many of the 100.</summary>
    public List<LocalityProfileItem> ProfileItems { get; set; } = [];
}
