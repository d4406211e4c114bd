namespace RightHelp.Portal.Api.Family;

/// <summary>A typed error from a mutation payload; <see cref="Field"/> is set for a ValidationError.</summary>
public sealed record ApiError(string Message, string? Field);
