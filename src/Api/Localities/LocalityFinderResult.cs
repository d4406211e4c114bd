using RightHelp.Api.Data;

namespace RightHelp.Api.Localities;

/// <summary>The finder's answer: the locality and what matched, or a kind message and places that are close.</summary>
public sealed record LocalityFinderResult(bool IsFound, Locality? Locality, string? MatchedOn, string Message, IReadOnlyList<PlaceSuggestion> Suggestions)
{
    public static LocalityFinderResult Found(Locality locality, string matchedOn)
        => new(true, locality, matchedOn, $"{matchedOn} is in the {locality.Name} locality.", []);

    public static LocalityFinderResult NotFound(string message, IReadOnlyList<PlaceSuggestion> suggestions)
        => new(false, null, null, message, suggestions);
}
