namespace RightHelp.Portal.Api.Offers;

public sealed record LocalitySummary(string Id, string Name, string Slug, string Summary, string HubName,
    IReadOnlyList<string> PostcodeDistricts, IReadOnlyList<string> Places);
