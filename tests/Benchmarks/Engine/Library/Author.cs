namespace RightHelp.Benchmarks.Engine.Library;

/// <summary>An author of the benchmark library, as library.json holds it.</summary>
public sealed record Author(string Id, string Name, int? Born, string? Country);
