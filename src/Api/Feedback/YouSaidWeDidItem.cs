using RightHelp.Api.Data;

namespace RightHelp.Api.YouSaidWeDid;

/// <summary>One entry on the public board: the anonymous quote, what was done, and where.</summary>
public sealed record YouSaidWeDidItem(Guid Id, string YouSaid, string WeDid, FeedbackTheme? Theme, string? LocalityName, string? LocalitySlug, DateTimeOffset PublishedAt);
