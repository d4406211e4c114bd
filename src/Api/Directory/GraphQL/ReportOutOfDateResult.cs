namespace RightHelp.Api.Directory.GraphQL;

/// <summary>The GraphQL type <c>ReportOutOfDatePayload</c>.</summary>
public sealed record ReportOutOfDateResult(bool Reported, IReadOnlyList<object> Errors);
