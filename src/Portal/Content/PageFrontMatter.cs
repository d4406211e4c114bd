namespace RightHelp.Portal.Content;

public sealed class PageFrontMatter
{
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public DateOnly? LastUpdated { get; set; }
}
