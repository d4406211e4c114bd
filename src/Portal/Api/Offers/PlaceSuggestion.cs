namespace RightHelp.Portal.Api.Offers;

public sealed record PlaceSuggestion(string Place, LocalityName Locality);
