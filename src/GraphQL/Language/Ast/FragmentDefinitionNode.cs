namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A named fragment (spec 2.8).</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public required NameNode Name { get; init; }
    public required NamedTypeNode TypeCondition { get; init; }
}
