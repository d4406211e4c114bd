namespace RightHelp.Portal.Content;

/// <summary>Markdown rendered once: safe HTML with GOV.UK classes, and the same words as plain text.</summary>
public sealed record RenderedMarkdown(string Html, string Text);
