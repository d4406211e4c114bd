using System.Text.RegularExpressions;

namespace RightHelp.Api.YouSaidWeDid.Anonymising;

/// <summary>
/// Takes out what could identify someone before words go on the public board: email addresses,
/// phone numbers, postcodes, street addresses, school names, and names (known names of the people
/// involved, names after a title or a word like "worker", and common first names). It prefers
/// taking out a word too many to leaving one in.
/// </summary>
public sealed partial class QuoteAnonymiser
{
    public const string Name = "[name]";

    public string Anonymise(string text, IEnumerable<string>? knownNames = null)
    {
        var result = Email().Replace(text, "[email]");
        result = Url().Replace(result, "[link]");
        result = Postcode().Replace(result, "[postcode]");
        result = Phone().Replace(result, "[phone]");
        result = School().Replace(result, "[school]");
        result = StreetAddress().Replace(result, "[address]");
        result = Street().Replace(result, "[address]");
        result = Titled().Replace(result, Name);
        foreach (var known in (knownNames ?? []).Where(n => n.Trim().Length >= 2).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            result = Regex.Replace(result, $@"(?<![\p{{L}}\[])\b{Regex.Escape(known)}\b(?!\])", Name, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        }
        result = Cued().Replace(result, m => m.Groups["cue"].Value + Name);
        result = Word().Replace(result, m => IsName(m, result) ? Name : m.Value);
        result = Surname().Replace(result, Name);
        return Repeated().Replace(result, Name);
    }

    /// <summary>The anonymised text cut at a word boundary to <see cref="FeedbackLimits.MaxQuoteLength"/>.</summary>
    public string Quote(string text, IEnumerable<string>? knownNames = null)
    {
        var anonymised = Anonymise(text.Trim(), knownNames);
        if (anonymised.Length <= FeedbackLimits.MaxQuoteLength)
        {
            return anonymised;
        }
        var cut = anonymised[..FeedbackLimits.MaxQuoteLength];
        var space = cut.LastIndexOf(' ');
        return (space > FeedbackLimits.MaxQuoteLength / 2 ? cut[..space] : cut).TrimEnd(',', '.', ';', ' ') + "…";
    }

    private static bool IsName(Match word, string text)
    {
        var value = word.Value;
        if (!CommonFirstNames.All.Contains(value) && !CommonFirstNames.Everyday.Contains(value))
        {
            return false;
        }
        var capitalised = char.IsUpper(value[0]);
        if (CommonFirstNames.Everyday.Contains(value))
        {
            return capitalised && !StartsSentence(text, word.Index);
        }
        return true;
    }

    private static bool StartsSentence(string text, int index)
    {
        var before = text[..index].TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or '\n';
    }

    [GeneratedRegex(@"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\bhttps?://\S+|\bwww\.\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"(?:\+44\s?\(?0?\)?\s?|\b0)\d(?:[\s-]?\d){8,9}\b|\b\d{3,5}[\s-]\d{3}[\s-]?\d{3,4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(?:St\.?\s+|Saint\s+)?(?:[A-Z][\p{L}'’-]*\s+){1,4}(?:(?:Primary|Secondary|Junior|Infants?|High|Grammar|Community|Catholic|C\s?of\s?E|Church of England|Academy|Special|Free)\s+)*(?:School|Academy|College|Nursery|Primary|High)\b", RegexOptions.CultureInvariant)]
    private static partial Regex School();

    [GeneratedRegex(@"\b\d{1,4}[a-zA-Z]?,?\s+(?:[A-Za-z][\p{L}'’-]*\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Court|Crescent|Grove|Place|Gardens|Terrace|Walk|Hill|View|Row|Square|Mews|Rise)\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StreetAddress();

    [GeneratedRegex(@"\b(?:[A-Z][\p{L}'’-]+\s+){1,3}(?:Road|Street|Avenue|Lane|Close|Drive|Crescent|Grove|Gardens|Terrace|Estate)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Street();

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Aunty|Auntie|Uncle)\.?\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Titled();

    [GeneratedRegex(@"(?<cue>\b(?:called|named|name is|worker|social worker|key worker|support worker|teacher|carer|mentor|nurse|manager|thanks to|thank you to|thank you)\s+)(?!the\b|my\b|a\b|an\b|is\b|was\b|for\b|and\b|to\b|all\b|everyone\b|so\b|very\b|who\b|at\b|from\b|keeps\b|has\b|had\b|does\b|did\b|never\b|always\b|said\b|says\b|changed\b|changes\b|left\b|came\b|comes\b)(?-i:[A-Z])[\p{L}'’-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cued();

    [GeneratedRegex(@"\b\p{L}[\p{L}'’-]*\b", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>A capitalised word straight after a name taken out is most likely the surname.</summary>
    [GeneratedRegex(@"(?<=\[name\]\s)[A-Z][\p{L}'’-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Surname();

    [GeneratedRegex(@"\[name\](?:\s+\[name\])+", RegexOptions.CultureInvariant)]
    private static partial Regex Repeated();
}
