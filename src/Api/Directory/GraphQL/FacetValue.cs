namespace RightHelp.Api.Directory.GraphQL;

/// <param name="Id">What to send back in the filter for this option.</param>
public sealed record FacetValue(string Id, string Name, int Count);
