namespace RightHelp.Api.YouSaidWeDid;

/// <summary>One page of a cursor connection, shaped like the GraphQL connection it will back.</summary>
public sealed record Connection<T>(IReadOnlyList<T> Nodes, string? EndCursor, bool HasNextPage, int TotalCount = 0);
