namespace RightHelp.Portal.Api.Feedback;

/// <summary>A published response on the public board; the quote is already anonymous.</summary>
public sealed record YouSaidWeDid(string Id, string YouSaid, string WeDid, FeedbackTheme? Theme, string? LocalityName, DateTimeOffset PublishedAt);
