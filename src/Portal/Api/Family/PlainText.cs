namespace RightHelp.Portal.Api.Family;

/// <summary>
/// The Api renders the practitioner's Markdown with raw HTML disabled and explains each
/// glossary term where it stands, so <see cref="Html"/> is trusted markup.
/// </summary>
public sealed record PlainText(string Html, string Text, double ReadingAge, IReadOnlyList<ExplainedTerm> Terms);
