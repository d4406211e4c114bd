namespace RightHelp.Portal.Api.EarlyHelp;

/// <summary>A family's list of services, as its secret link shows it.</summary>
public sealed record FamilyList(string Token, string Url, DateTimeOffset? ExpiresAt, IReadOnlyList<ServiceListing> Services);
