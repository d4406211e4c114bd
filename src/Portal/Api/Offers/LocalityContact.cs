namespace RightHelp.Portal.Api.Offers;

/// <summary>A locality as schools need it: who to call for early help, and when partners meet.</summary>
public sealed record LocalityContact(string Name, string Slug, string HubName, string EarlyHelpPhone, string EarlyHelpEmail,
    IReadOnlyList<PartnershipMeeting> PartnershipMeetings);
