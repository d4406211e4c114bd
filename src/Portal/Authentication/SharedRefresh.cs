namespace RightHelp.Portal.Authentication;

/// <summary>One refresh in flight or just finished, shared by the requests holding its token.</summary>
internal sealed record SharedRefresh(DateTimeOffset StartedAt, Lazy<Task<RefreshedTokens?>> Result);
