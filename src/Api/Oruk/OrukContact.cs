namespace RightHelp.Api.Oruk;

public sealed record OrukContact(Guid Id, Guid ServiceId, string? Name, string? Title, string? Email, IReadOnlyList<OrukPhone>? Phones);
