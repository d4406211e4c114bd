using Markdig.Syntax.Inlines;
using RightHelp.Api.Glossary;

namespace RightHelp.Api.PlainLanguage;

/// <summary>A glossary term found in the writer's text, rendered with its explanation beside it.</summary>
public sealed class TermInline(string spelling, GlossaryTerm term, string anchor) : LeafInline
{
    public string Spelling { get; } = spelling;
    public GlossaryTerm Term { get; } = term;

    /// <summary>Id of the term's entry in the "words explained" list after the section.</summary>
    public string Anchor { get; } = anchor;
}
