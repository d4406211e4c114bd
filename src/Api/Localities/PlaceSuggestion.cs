using RightHelp.Api.Data;

namespace RightHelp.Api.Localities;

public sealed record PlaceSuggestion(string Place, Locality Locality);
