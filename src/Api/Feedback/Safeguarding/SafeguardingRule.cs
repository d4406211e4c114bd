using System.Text.RegularExpressions;

namespace RightHelp.Api.Feedback.Safeguarding;

/// <summary>A named pattern over normalised text (lower case, no apostrophes, text speak expanded).</summary>
public sealed record SafeguardingRule(SafeguardingCategory Category, string Name, Regex Pattern)
{
    public static SafeguardingRule Of(SafeguardingCategory category, string name, string pattern)
        => new(category, name, new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(200)));
}
