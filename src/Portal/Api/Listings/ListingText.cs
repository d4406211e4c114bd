namespace RightHelp.Portal.Api.Listings;

/// <summary>The parts of a listing a partner may change.</summary>
public sealed record ListingText(string Name, string Description, string Eligibility, string HowToRefer, string? Email, string? Phone, string? Url);
