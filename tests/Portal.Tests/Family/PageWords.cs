using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace RightHelp.Portal.Tests.Family;

/// <summary>
/// The words the family pages themselves say (headings, paragraphs, labels, hints, buttons,
/// messages), read from the source so that no data from a plan or a worker is counted.
/// </summary>
public static partial class PageWords
{
    private static readonly string[] WordAttributes = ["Label", "Hint", "Text", "Heading", "Summary", "Caption", "Title"];

    public static string Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
            {
                return Path.Combine(directory.FullName, "src", "Portal", "Components", "Family");
            }
        }
        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<string> Of(string file)
    {
        // The title's service name is the same on every page of the site, not these pages' words.
        var source = File.ReadAllText(file).Replace(" - Right Help - Northshire Council", "", StringComparison.Ordinal);
        var split = source.IndexOf("@code", StringComparison.Ordinal);
        var markup = file.EndsWith(".razor", StringComparison.Ordinal) ? (split < 0 ? source : source[..split]) : "";
        var code = file.EndsWith(".razor", StringComparison.Ordinal) ? (split < 0 ? "" : source[split..]) : source;
        return [.. FromMarkup(markup), .. Messages(code)];
    }

    private static IEnumerable<string> FromMarkup(string markup)
    {
        var lines = Comment().Replace(markup, "")
            .Split('\n')
            .Where(line => line.Trim() is { Length: > 0 } trimmed && !trimmed.StartsWith('@') && trimmed is not ("{" or "}") && !trimmed.StartsWith("else", StringComparison.Ordinal));
        var html = Expression().Replace(string.Join('\n', lines), " ");
        // Components (<Textarea />) become custom elements, so HTML parsing rules for textarea or self-closing tags do not apply.
        html = ClosingTag().Replace(OpeningTag().Replace(SelfClosingComponent().Replace(html, "<$1$2></$1>"), "<x-$1"), "</x-$1");
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var texts = document.Body!.Descendants<IText>().Select(text => text.Text);
        var attributes = document.All.SelectMany(element => element.Attributes)
            .Where(attribute => WordAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
            .Select(attribute => attribute.Value);
        return texts.Concat(attributes).Select(text => Space().Replace(text, " ").Trim()).Where(text => text.Any(char.IsLetter));
    }

    /// <summary>Sentences in code: string literals that start with a capital and have a space, such as error messages.</summary>
    private static IEnumerable<string> Messages(string code) =>
        Literal().Matches(code).Select(match => match.Groups[1].Value);

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"@\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)|@[\w.!?]+(?:\([^)]*\))?")]
    private static partial Regex Expression();

    [GeneratedRegex(@"<([A-Z]\w*)([^>]*?)\s*/>")]
    private static partial Regex SelfClosingComponent();

    [GeneratedRegex(@"<([A-Z]\w*)")]
    private static partial Regex OpeningTag();

    [GeneratedRegex(@"</([A-Z]\w*)")]
    private static partial Regex ClosingTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"(?<![$\w])""([A-Z][a-z'’]*(?: [^""{}]+)+)""")]
    private static partial Regex Literal();
}
