namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>
/// What one matrix case sends: a GraphQL document (with the root field to judge and, for
/// <c>node(id:)</c>, the type that counts as seeing it) or a plain GET of an HTTP endpoint.
/// </summary>
public sealed record MatrixRequest(string? Document, string? Field, string? NodeType, string? ReturnType, string? Path)
{
    public static MatrixRequest GraphQL(string document, string field, string returnType, string? nodeType = null)
        => new(document, field, nodeType, returnType, null);

    public static MatrixRequest Get(string path) => new(null, null, null, null, path);

    public override string ToString() => Document ?? "GET " + Path;
}
