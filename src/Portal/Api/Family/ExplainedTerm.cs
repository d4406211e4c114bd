namespace RightHelp.Portal.Api.Family;

public sealed record ExplainedTerm(string Term, string Explanation);
