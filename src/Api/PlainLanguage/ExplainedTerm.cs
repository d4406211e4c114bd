namespace RightHelp.Api.PlainLanguage;

/// <summary>A term explained in a piece of text: the spelling used there and the glossary's explanation.</summary>
public sealed record ExplainedTerm(string Term, string Spelling, string Explanation, string Anchor);
