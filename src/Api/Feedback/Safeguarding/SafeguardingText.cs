using System.Text;
using System.Text.RegularExpressions;

namespace RightHelp.Api.YouSaidWeDid.Safeguarding;

/// <summary>
/// Puts text in one shape so the rules can stay readable: lower case, apostrophes dropped
/// ("don't" and "dont" agree), punctuation as spaces, letters typed three or more times cut to
/// two ("sooo scared"), and the text speak children use expanded ("wanna", "im", "u", "kms").
/// </summary>
public static partial class SafeguardingText
{
    private static readonly Dictionary<string, string> Expansions = new(StringComparer.Ordinal)
    {
        ["wanna"] = "want to",
        ["wana"] = "want to",
        ["gonna"] = "going to",
        ["gunna"] = "going to",
        ["im"] = "i am",
        ["ive"] = "i have",
        ["u"] = "you",
        ["ur"] = "your",
        ["cos"] = "because",
        ["coz"] = "because",
        ["cuz"] = "because",
        ["bc"] = "because",
        ["n"] = "and",
        ["wen"] = "when",
        ["sum1"] = "someone",
        ["some1"] = "someone",
        ["no1"] = "no one",
        ["noone"] = "no one",
        ["any1"] = "anyone",
        ["every1"] = "everyone",
        ["ppl"] = "people",
        ["kms"] = "kill myself",
        ["kys"] = "kill yourself",
        ["mom"] = "mum",
        ["mommy"] = "mum",
        ["mummy"] = "mum",
        ["mam"] = "mum",
        ["daddy"] = "dad",
        ["hes"] = "he is",
        ["shes"] = "she is",
        ["theyre"] = "they are",
        ["theres"] = "there is",
        ["isnt"] = "is not",
        ["arent"] = "are not",
        ["wont"] = "will not",
        ["cant"] = "can not",
        ["cannot"] = "can not",
        ["dont"] = "do not",
        ["doesnt"] = "does not",
        ["didnt"] = "did not",
        ["hasnt"] = "has not",
        ["havent"] = "have not",
        ["wasnt"] = "was not",
        ["aint"] = "is not",
        ["tho"] = "though",
        ["tonite"] = "tonight",
        ["nite"] = "night",
        ["pics"] = "pictures",
        ["pix"] = "pictures",
    };

    public static string Normalise(string text)
    {
        var lower = text.ToLowerInvariant()
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('`', '\'');
        lower = lower.Replace("'", "", StringComparison.Ordinal);
        lower = NotLetterOrDigit().Replace(lower, " ");
        lower = Stuttered().Replace(lower, "$1$1");
        var words = new StringBuilder(lower.Length + 16);
        foreach (var word in lower.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Length > 0)
            {
                words.Append(' ');
            }
            words.Append(Expansions.TryGetValue(word, out var expanded) ? expanded : word);
        }
        var joined = words.ToString();
        joined = joined.Replace("my self", "myself", StringComparison.Ordinal)
            .Replace("step dad", "stepdad", StringComparison.Ordinal)
            .Replace("step mum", "stepmum", StringComparison.Ordinal)
            .Replace("step father", "stepdad", StringComparison.Ordinal)
            .Replace("step mother", "stepmum", StringComparison.Ordinal);
        return joined;
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotLetterOrDigit();

    [GeneratedRegex(@"(\p{L})\1{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Stuttered();
}
