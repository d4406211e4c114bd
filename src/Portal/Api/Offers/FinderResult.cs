namespace RightHelp.Portal.Api.Offers;

public sealed record FinderResult(bool Found, LocalityName? Locality, string? MatchedOn, string Message, IReadOnlyList<PlaceSuggestion> Suggestions);
