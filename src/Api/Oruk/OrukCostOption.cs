namespace RightHelp.Api.Oruk;

public sealed record OrukCostOption(
    Guid Id,
    Guid ServiceId,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    string? Option,
    decimal? Amount,
    string? AmountDescription,
    string? Currency);
