namespace RightHelp.Api.Glossary;

/// <summary>The YAML front matter of a glossary file.</summary>
public sealed class GlossaryFrontMatter
{
    public string? Term { get; set; }
    public List<string>? Aliases { get; set; }
    public List<string>? Kinder { get; set; }
}
