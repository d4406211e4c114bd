namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A named type definition or extension (spec 3.4).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    public required NameNode Name { get; init; }
}
