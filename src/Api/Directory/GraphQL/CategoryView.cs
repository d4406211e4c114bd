namespace RightHelp.Api.Directory.GraphQL;

/// <summary>A taxonomy term as the directory shows it: its code is the id filters take.</summary>
public sealed record CategoryView(string Id, string Name, string Description, string? ParentId);
