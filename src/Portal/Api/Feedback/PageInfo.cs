namespace RightHelp.Portal.Api.Feedback;

public sealed record PageInfo(bool HasNextPage, string? EndCursor);
