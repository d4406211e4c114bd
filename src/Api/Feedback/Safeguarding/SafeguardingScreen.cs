using System.Text.RegularExpressions;

namespace RightHelp.Api.YouSaidWeDid.Safeguarding;

/// <summary>
/// Decides whether free text suggests a child may be at risk, and says which signals matched so
/// the duty team can see why. It is a net, not a judgement: people read every flagged item.
/// </summary>
public sealed class SafeguardingScreen
{
    private readonly IReadOnlyList<SafeguardingRule> rules;

    public SafeguardingScreen()
        : this(SafeguardingRules.All)
    {
    }

    public SafeguardingScreen(IReadOnlyList<SafeguardingRule> rules) => this.rules = rules;

    public SafeguardingResult Screen(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SafeguardingResult.Clear;
        }
        var normalised = SafeguardingText.Normalise(text);
        var signals = new List<SafeguardingSignal>();
        foreach (var rule in rules)
        {
            try
            {
                var match = rule.Pattern.Match(normalised);
                if (match.Success)
                {
                    signals.Add(new SafeguardingSignal(rule.Category, rule.Name, match.Value));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // Text built to be slow to check is itself a reason for a person to read it.
                signals.Add(new SafeguardingSignal(rule.Category, rule.Name + " (not checked in time)", ""));
            }
        }
        return signals.Count == 0 ? SafeguardingResult.Clear : new SafeguardingResult(signals);
    }
}
