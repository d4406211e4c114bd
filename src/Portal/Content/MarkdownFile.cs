using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace RightHelp.Portal.Content;

/// <summary>A Markdown file split into its YAML front matter and its body.</summary>
public sealed record MarkdownFile(string Path, string Slug, string FrontMatter, string Body)
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static MarkdownFile Read(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var slug = System.IO.Path.GetFileNameWithoutExtension(path);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return new MarkdownFile(path, slug, "", text);
        }
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new ContentException($"{path}: front matter starts with --- but never ends.");
        }
        var bodyStart = text.IndexOf('\n', end + 4);
        var body = bodyStart < 0 ? "" : text[(bodyStart + 1)..];
        return new MarkdownFile(path, slug, text[4..end], body);
    }

    /// <summary>Reads the front matter into <typeparamref name="T"/>; unknown keys are errors, so typos surface.</summary>
    public T Meta<T>() where T : new()
    {
        if (string.IsNullOrWhiteSpace(FrontMatter))
        {
            return new T();
        }
        try
        {
            return Yaml.Deserialize<T>(FrontMatter) ?? new T();
        }
        catch (YamlException e)
        {
            throw new ContentException($"{Path}: front matter is not valid ({e.Message}).", e);
        }
    }
}
