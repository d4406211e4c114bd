using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Types;

namespace RightHelp.Benchmarks.Engine.Library;

/// <summary>
/// The library schema with typed resolvers, as the Api binds its own. The resolvers do what graphql-js's do in
/// graphql-js/bench.mjs: the same filters, slices and dictionary lookups.
/// </summary>
public static class LibrarySchema
{
    public static Schema Build(string sdl, LibraryData data) =>
        SchemaBuilder.FromSdl(sdl)
            .Bind("Query", "books", ctx => Shelf(data, ctx))
            .Bind("Query", "book", ctx => data.BooksById.GetValueOrDefault(ctx.GetArgument<string>("id")))
            .Bind("Query", "authors", _ => data.Authors)
            .Bind("Query", "search", ctx => Search(data, ctx.GetArgument<string>("text")))
            .Bind("Book", "id", ctx => ctx.GetSource<Book>().Id)
            .Bind("Book", "title", ctx => ctx.GetSource<Book>().Title)
            .Bind("Book", "isbn", ctx => ctx.GetSource<Book>().Isbn)
            .Bind("Book", "published", ctx => ctx.GetSource<Book>().Published)
            .Bind("Book", "pages", ctx => ctx.GetSource<Book>().Pages)
            .Bind("Book", "genre", ctx => ctx.GetSource<Book>().Genre)
            .Bind("Book", "rating", ctx => ctx.GetSource<Book>().Rating)
            .Bind("Book", "available", ctx => ctx.GetSource<Book>().Available)
            .Bind("Book", "tags", ctx => ctx.GetSource<Book>().Tags)
            .Bind("Book", "author", ctx => data.AuthorsById[ctx.GetSource<Book>().AuthorId])
            .Bind("Author", "id", ctx => ctx.GetSource<Author>().Id)
            .Bind("Author", "name", ctx => ctx.GetSource<Author>().Name)
            .Bind("Author", "born", ctx => ctx.GetSource<Author>().Born)
            .Bind("Author", "country", ctx => ctx.GetSource<Author>().Country)
            .Bind("Author", "books", ctx => data.BooksByAuthor.GetValueOrDefault(ctx.GetSource<Author>().Id, Array.Empty<Book>()))
            .BindType<Book>("Book")
            .BindType<Author>("Author")
            .Build();

    private static IReadOnlyList<Book> Shelf(LibraryData data, ResolveContext ctx)
    {
        var first = Math.Max(0, ctx.GetArgument("first", 20));
        var genre = ctx.GetArgument<string?>("genre", null);
        var shelf = genre is null ? data.Books : data.Books.Where(b => b.Genre == genre);
        return [.. shelf.Take(first)];
    }

    private static List<object> Search(LibraryData data, string text) =>
    [
        .. data.Books.Where(b => b.Title.Contains(text, StringComparison.OrdinalIgnoreCase)),
        .. data.Authors.Where(a => a.Name.Contains(text, StringComparison.OrdinalIgnoreCase)),
    ];
}
