using System.Text.RegularExpressions;

namespace RightHelp.Api.YouSaidWeDid.Safeguarding;

/// <summary>A named pattern over normalised text (lower case, no apostrophes, text speak expanded).</summary>
public sealed record SafeguardingRule(SafeguardingCategory Category, string Name, Regex Pattern)
{
    /// <summary>
    /// Interpreted, not compiled: compiling sixty patterns costs more at start-up than it saves on
    /// texts of at most 2,000 characters, and a busy machine must not turn a slow first match into a timeout.
    /// </summary>
    public static SafeguardingRule Of(SafeguardingCategory category, string name, string pattern)
        => new(category, name, new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2)));
}
