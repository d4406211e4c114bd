namespace RightHelp.Portal.Api.Staff;

/// <summary>The Api's plain-language check of one section.</summary>
public sealed record WritingCheck(
    double ReadingAge,
    IReadOnlyList<string> LongSentences,
    IReadOnlyList<string> UnexplainedAbbreviations,
    IReadOnlyList<KinderWord> UncaringWords)
{
    public bool IsClear => ReadingAge <= 11 && LongSentences.Count == 0 && UnexplainedAbbreviations.Count == 0 && UncaringWords.Count == 0;
}
