namespace RightHelp.Api.PlainLanguage;

/// <summary>What the writer sees before publishing: reading age, and what to make plainer or kinder.</summary>
public sealed record PlainLanguageCheck(
    double ReadingAge,
    double Grade,
    IReadOnlyList<string> LongSentences,
    IReadOnlyList<string> UnexplainedAbbreviations,
    IReadOnlyList<UncaringWord> UncaringWords);
