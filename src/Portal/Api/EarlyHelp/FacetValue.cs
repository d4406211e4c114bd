namespace RightHelp.Portal.Api.EarlyHelp;

/// <param name="Id">What the filter takes back for this option.</param>
public sealed record FacetValue(string Id, string Name, int Count);
