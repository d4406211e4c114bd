namespace RightHelp.Portal.Api.Staff;

/// <summary>A section as written: the GraphQL names of its heading and audience, and its Markdown.</summary>
public sealed record DraftSection(string Key, string Heading, string Audience, string? Markdown);
