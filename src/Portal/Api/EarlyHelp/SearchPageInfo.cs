namespace RightHelp.Portal.Api.EarlyHelp;

public sealed record SearchPageInfo(bool HasNextPage, string? EndCursor);
