namespace RightHelp.GraphQL.Language;

/// <summary>Limits enforced while parsing, so hostile documents are refused before any work is done on them.</summary>
public sealed class ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>Maximum number of lexical tokens (punctuators, names, values), as graphql-js's maxTokens.</summary>
    public int MaxTokens { get; init; } = int.MaxValue;

    /// <summary>Maximum nesting of selection sets, list/object values and type wrappers; bounds recursion.</summary>
    public int MaxNesting { get; init; } = 256;

    /// <summary>Maximum document length in UTF-16 code units.</summary>
    public int MaxLength { get; init; } = int.MaxValue;
}
