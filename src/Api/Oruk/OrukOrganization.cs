namespace RightHelp.Api.Oruk;

public sealed record OrukOrganization(Guid Id, string Name, string Description, string? Email, string? Website);
