namespace RightHelp.Api.Oruk;

public sealed record OrukAccessibility(Guid Id, Guid LocationId, string Description);
