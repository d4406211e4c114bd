namespace RightHelp.Portal.Api.Listings;

public sealed record ListingChangeItem(string Id, string? ServiceId, string ServiceName, string OrganizationName, string Status,
    string SubmittedByName, DateTimeOffset SubmittedAt, string? ReviewNote, ListingText Proposed, ListingText? Current);
