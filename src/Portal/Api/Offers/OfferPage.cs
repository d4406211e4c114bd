namespace RightHelp.Portal.Api.Offers;

public sealed record OfferPage(int TotalCount, IReadOnlyList<OfferItem> Nodes, OfferPageInfo PageInfo);
