namespace RightHelp.Portal.Api.EarlyHelp;

/// <summary>A category or a locality as a listing names it.</summary>
public sealed record NamedItem(string Name);
