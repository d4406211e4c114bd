namespace RightHelp.Api.PlainLanguage;

/// <summary>A word that does not care, as written, with the kinder words families asked for.</summary>
public sealed record UncaringWord(string Word, IReadOnlyList<string> Kinder);
