namespace RightHelp.GraphQL.Language.Ast;

/// <summary>directive @x(...) repeatable on A | B (spec 3.13).</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    public required NameNode Name { get; init; }
    public required IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; }
    public bool Repeatable { get; init; }
    public required IReadOnlyList<NameNode> Locations { get; init; }
}
