namespace RightHelp.ServiceDefaults;

/// <summary>One versioned SQL script; <see cref="Id"/> sorts in the order scripts must run.</summary>
public sealed record MigrationScript(string Id, string Sql, string Checksum);
