namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>How a response was read, and the evidence for it.</summary>
public sealed record Verdict(Outcome Outcome, string Why)
{
    public override string ToString() => $"{Outcome} ({Why})";
}
