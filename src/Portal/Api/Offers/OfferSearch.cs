namespace RightHelp.Portal.Api.Offers;

/// <summary>The offers filter as the GET form sends it; empty parts mean "any".</summary>
public sealed record OfferSearch(string? Locality = null, int? Age = null, string? Category = null, bool FreeOnly = false,
    string? Day = null, bool? Online = null, string? After = null);
