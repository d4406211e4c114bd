using RightHelp.Api.PlainLanguage;

namespace RightHelp.Api.Plans;

/// <summary>A section's rendered text, kept with its section for the access checks.</summary>
public sealed record SectionBody(RenderedText Text, SectionView Section);
