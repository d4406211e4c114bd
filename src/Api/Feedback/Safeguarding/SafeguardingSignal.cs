namespace RightHelp.Api.YouSaidWeDid.Safeguarding;

/// <summary>One rule that matched, and the words (after normalising) that matched it.</summary>
public sealed record SafeguardingSignal(SafeguardingCategory Category, string Rule, string Matched);
