namespace RightHelp.Api.YouSaidWeDid;

/// <summary>Who is acting, as the audit log records them: the token's issuer and subject, and the role.</summary>
public sealed record FeedbackActor(string Issuer, string Subject, string Role, string? Team = null);
