namespace RightHelp.Api.YouSaidWeDid.Safeguarding;

public sealed record SafeguardingResult(IReadOnlyList<SafeguardingSignal> Signals)
{
    public static SafeguardingResult Clear { get; } = new([]);

    public bool Flagged => Signals.Count > 0;

    /// <summary>Categories only, never the words: safe to put in an audit reason or a log.</summary>
    public string Summary => string.Join(", ", Signals.Select(s => s.Category).Distinct());
}
