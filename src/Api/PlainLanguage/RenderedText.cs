namespace RightHelp.Api.PlainLanguage;

/// <summary>Practitioner Markdown made ready for a family: safe HTML with terms explained, and the checks.</summary>
public sealed record RenderedText(string Html, string Text, IReadOnlyList<ExplainedTerm> Terms, PlainLanguageCheck Check)
{
    public double ReadingAge => Check.ReadingAge;
}
