namespace RightHelp.Portal.Api.Staff;

/// <summary>A word that does not care, with the words to use instead.</summary>
public sealed record KinderWord(string Word, IReadOnlyList<string> Kinder);
