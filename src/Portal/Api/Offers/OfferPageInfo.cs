namespace RightHelp.Portal.Api.Offers;

public sealed record OfferPageInfo(bool HasNextPage, string? EndCursor);
