namespace RightHelp.Api.Directory;

/// <param name="Key">What to send back as the filter value.</param>
public sealed record FacetCount(string Key, string Label, int Count);
