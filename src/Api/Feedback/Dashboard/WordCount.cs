namespace RightHelp.Api.YouSaidWeDid.Dashboard;

/// <summary>A word and how many people used it (only words used by 5 or more people are listed).</summary>
public sealed record WordCount(string Word, int People);
