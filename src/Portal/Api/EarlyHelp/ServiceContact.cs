namespace RightHelp.Portal.Api.EarlyHelp;

public sealed record ServiceContact(string Name, string? Title, string? Email, string? Phone);
