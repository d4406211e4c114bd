using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace RightHelp.Api.Glossary;

/// <summary>
/// Reads the jargon buster from the same Markdown files the Portal shows, so the explanation a
/// parent sees inside a plan is the one on the glossary page.
/// </summary>
public static class GlossaryLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static Glossary Load(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "glossary");
        if (!System.IO.Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No glossary at {Path.GetFullPath(folder)}; set Content:RootPath to the content folder.");
        }
        var terms = System.IO.Directory.EnumerateFiles(folder, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))
            .ToList();
        return new Glossary(terms);
    }

    public static GlossaryTerm Parse(string slug, string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!normalised.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new FormatException($"Glossary file {slug} has no front matter.");
        }
        var end = normalised.IndexOf("\n---", 4, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new FormatException($"Glossary file {slug} does not close its front matter.");
        }
        var front = Yaml.Deserialize<GlossaryFrontMatter>(normalised[4..end]) ?? new GlossaryFrontMatter();
        var body = normalised[(end + 4)..].Trim();
        var term = front.Term?.Trim();
        if (string.IsNullOrEmpty(term) || body.Length == 0)
        {
            throw new FormatException($"Glossary file {slug} needs a term and an explanation.");
        }
        return new GlossaryTerm(slug, term,
            [.. (front.Aliases ?? []).Select(a => a.Trim()).Where(a => a.Length > 0)],
            body,
            [.. (front.Kinder ?? []).Select(k => k.Trim()).Where(k => k.Length > 0)]);
    }
}
