namespace RightHelp.Portal.Content;

/// <summary>A "right help, right time" level of need, from universal to child protection.</summary>
public sealed record LevelOfNeed(string Slug, int Order, string Title, string Summary, IReadOnlyList<string> AlsoCalled, RenderedMarkdown Content);
