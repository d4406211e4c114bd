namespace RightHelp.Portal.Api.Feedback;

public sealed record FeedbackConnection(int TotalCount, IReadOnlyList<FeedbackItem> Nodes, PageInfo PageInfo);
