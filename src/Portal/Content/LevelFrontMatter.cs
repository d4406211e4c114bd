namespace RightHelp.Portal.Content;

public sealed class LevelFrontMatter
{
    public int Order { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";

    /// <summary>The names other councils' threshold documents use for the same level.</summary>
    public List<string> AlsoCalled { get; set; } = [];
}
