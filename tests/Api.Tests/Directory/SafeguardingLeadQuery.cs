namespace RightHelp.Api.Tests.Directory;

/// <summary>What a school's safeguarding lead typed, and the demo service (by its seed key) they were after.</summary>
public sealed record SafeguardingLeadQuery(string Text, string ExpectedServiceKey);
