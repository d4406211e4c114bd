using RightHelp.Api.Glossary;

namespace RightHelp.Api.PlainLanguage;

public sealed record TermMatch(int Index, int Length, string Spelling, GlossaryTerm Term);
