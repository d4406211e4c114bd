namespace RightHelp.Api.GraphQL;

/// <summary>A page of a list: Relay-style cursors over a stable order, with the total.</summary>
public sealed record Connection(int TotalCount, IReadOnlyList<object> Nodes, PageInfo PageInfo);
