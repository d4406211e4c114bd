namespace RightHelp.GraphQL.Execution;

/// <summary>Limits and switches of a <see cref="RequestExecutor"/>. Defaults suit a production API.</summary>
public sealed class ExecutorOptions
{
    /// <summary>Maximum depth of nested field selections (fragments expanded); 0 disables.</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>Maximum number of aliased fields in a document; 0 disables.</summary>
    public int MaxAliases { get; init; } = 30;

    /// <summary>Maximum lexical tokens in a document.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Maximum document size in bytes (UTF-16 code units as a bound).</summary>
    public int MaxDocumentBytes { get; init; } = 64 * 1024;

    /// <summary>Maximum errors returned by validation before stopping.</summary>
    public int MaxErrors { get; init; } = 50;

    /// <summary>Maximum estimated cost (field costs multiplied through lists of first/limit size); 0 disables.</summary>
    public int MaxFieldCost { get; init; } = 5_000;

    /// <summary>Maximum nesting of __type/fields/ofType style introspection lists (graphql-js MaxIntrospectionDepthRule uses 3).</summary>
    public int MaxIntrospectionDepth { get; init; } = 3;

    /// <summary>Maximum nesting of selection sets and values the parser accepts (bounds recursion).</summary>
    public int MaxParserNesting { get; init; } = 128;

    /// <summary>Test mode: unexpected exception messages are returned to clients instead of being masked.</summary>
    public bool IncludeExceptionDetails { get; init; }

    public bool AllowIntrospection { get; init; } = true;

    /// <summary>
    /// Whether error messages may say "Did you mean ...?". The hints name fields, arguments, types
    /// and enum values, so with introspection off they would let a stranger map the schema by
    /// guessing; a production API turns them off with it.
    /// </summary>
    public bool IncludeSuggestions { get; init; } = true;

    /// <summary>Persisted operations; used for documentId requests.</summary>
    public ITrustedDocumentStore? TrustedDocuments { get; init; }

    /// <summary>When true, requests must name a trusted document; ad-hoc query text is refused.</summary>
    public bool RequireTrustedDocuments { get; init; }

    /// <summary>How many parsed and validated documents to keep.</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>Options for differential testing against graphql-js: no limits beyond graphql-js's own.</summary>
    public static ExecutorOptions GraphQLJsCompatible { get; } = new()
    {
        MaxDepth = 0,
        MaxAliases = 0,
        MaxTokens = int.MaxValue,
        MaxDocumentBytes = int.MaxValue,
        MaxErrors = 100,
        MaxFieldCost = 0,
        MaxParserNesting = 512,
        IncludeExceptionDetails = true,
    };
}
