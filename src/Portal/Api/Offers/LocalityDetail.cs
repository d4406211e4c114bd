namespace RightHelp.Portal.Api.Offers;

/// <summary>Everything a locality page shows: the hub, the coming week, partnership meetings and the profile.</summary>
public sealed record LocalityDetail(
    string Id, string Name, string Slug, string Summary, string HubName, string HubAddress, string HubPostcode,
    string HubOpeningTimes, string EarlyHelpPhone, string EarlyHelpEmail,
    IReadOnlyList<string> PostcodeDistricts, IReadOnlyList<string> Places,
    IReadOnlyList<OfferSession> WhatsOnThisWeek, IReadOnlyList<PartnershipMeeting> PartnershipMeetings, IReadOnlyList<ProfileLine> Profile);
