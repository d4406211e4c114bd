using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Execution;

/// <summary>A cached parse and validation outcome of one query text.</summary>
internal sealed class DocumentCacheEntry(DocumentNode? document, IReadOnlyList<GraphQLError> errors, RequestErrorKind kind)
{
    public DocumentNode? Document { get; } = document;
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
    public RequestErrorKind Kind { get; } = kind;
    public long LastUsed { get; set; }
}
