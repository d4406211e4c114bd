namespace RightHelp.Portal.Api.Feedback;

public sealed record YouSaidWeDidConnection(int TotalCount, IReadOnlyList<YouSaidWeDid> Nodes, PageInfo PageInfo);
