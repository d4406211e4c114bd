using RightHelp.Api.Data;

namespace RightHelp.Api.Plans;

/// <summary>A section as its writer gives it, before it is published.</summary>
public sealed record SectionDraft(SectionHeading Heading, Audience Audience, string Markdown);
