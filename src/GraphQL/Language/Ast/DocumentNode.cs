namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A whole document: executable and/or type system definitions (spec 2.2).</summary>
public sealed class DocumentNode(IReadOnlyList<DefinitionNode> definitions) : SyntaxNode
{
    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;

    /// <summary>Number of lexical tokens the parser read, used by limits.</summary>
    public int TokenCount { get; init; }
}
