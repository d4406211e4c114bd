namespace RightHelp.Api.Oruk;

public sealed record OrukServiceArea(Guid Id, Guid ServiceId, string? Name, string? ServiceArea);
