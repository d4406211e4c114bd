namespace RightHelp.Portal.Api.Staff;

/// <summary>An action as written; status and audience are GraphQL enum names.</summary>
public sealed record DraftAction(string Who, string What, DateOnly? ByWhen, string Status, string Audience);
