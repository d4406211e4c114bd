namespace RightHelp.Portal.Api.Offers;

public sealed record OfferSession(DateOnly Date, OfferItem Offer);
