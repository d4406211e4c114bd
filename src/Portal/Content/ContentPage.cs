namespace RightHelp.Portal.Content;

/// <summary>A page of prose (accessibility statement, privacy notice...).</summary>
public sealed record ContentPage(string Slug, string Title, string Description, DateOnly? LastUpdated, RenderedMarkdown Content);
