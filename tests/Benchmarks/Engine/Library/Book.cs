namespace RightHelp.Benchmarks.Engine.Library;

/// <summary>A book of the benchmark library, as library.json holds it.</summary>
public sealed record Book(
    string Id,
    string Title,
    string Isbn,
    int Published,
    int? Pages,
    string Genre,
    double? Rating,
    bool Available,
    IReadOnlyList<string> Tags,
    string AuthorId);
