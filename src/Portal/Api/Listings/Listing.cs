namespace RightHelp.Portal.Api.Listings;

public sealed record Listing(string Id, string OrganizationName, DateOnly? LastVerifiedOn, ListingText Current, ListingChangeItem? PendingChange);
