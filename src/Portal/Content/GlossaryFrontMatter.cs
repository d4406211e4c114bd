namespace RightHelp.Portal.Content;

public sealed class GlossaryFrontMatter
{
    public string Term { get; set; } = "";
    public List<string> Aliases { get; set; } = [];

    /// <summary>Kinder words to use instead of this one ("language that cares").</summary>
    public List<string> Kinder { get; set; } = [];
}
