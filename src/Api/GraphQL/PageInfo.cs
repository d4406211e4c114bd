namespace RightHelp.Api.GraphQL;

public sealed record PageInfo(bool HasNextPage, string? EndCursor);
