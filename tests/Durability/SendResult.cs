namespace RightHelp.Durability;

/// <summary>A submission's answer: the feedback id when acknowledged, otherwise what went wrong.</summary>
public sealed record SendResult(string? Id, string? Problem);
