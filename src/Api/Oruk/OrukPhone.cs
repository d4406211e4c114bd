namespace RightHelp.Api.Oruk;

public sealed record OrukPhone(Guid Id, Guid ContactId, string Number);
