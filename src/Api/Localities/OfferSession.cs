using RightHelp.Api.Data;

namespace RightHelp.Api.Localities;

/// <summary>One day in the coming week when a weekly offer runs.</summary>
public sealed record OfferSession(DateOnly Date, Offer Offer);
