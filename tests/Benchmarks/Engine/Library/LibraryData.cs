using System.Text.Json;

namespace RightHelp.Benchmarks.Engine.Library;

/// <summary>The library's books and authors with the lookups the resolvers use (the same ones graphql-js's use).</summary>
public sealed class LibraryData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private LibraryData(IReadOnlyList<Book> books, IReadOnlyList<Author> authors)
    {
        Books = books;
        Authors = authors;
        AuthorsById = authors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        BooksById = books.ToDictionary(b => b.Id, StringComparer.Ordinal);
        BooksByAuthor = books.GroupBy(b => b.AuthorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Book>)[.. g], StringComparer.Ordinal);
    }

    public IReadOnlyList<Book> Books { get; }
    public IReadOnlyList<Author> Authors { get; }
    public IReadOnlyDictionary<string, Author> AuthorsById { get; }
    public IReadOnlyDictionary<string, Book> BooksById { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<Book>> BooksByAuthor { get; }

    public static LibraryData Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new LibraryData(
            root.GetProperty("books").Deserialize<List<Book>>(Json) ?? [],
            root.GetProperty("authors").Deserialize<List<Author>>(Json) ?? []);
    }
}
