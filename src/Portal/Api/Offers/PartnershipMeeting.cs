namespace RightHelp.Portal.Api.Offers;

public sealed record PartnershipMeeting(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Venue, string Description);
