namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A schema, type or directive definition or extension (spec 3).</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
    public StringValueNode? Description { get; init; }
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
    /// <summary>True for the extend form (spec 3.3.2, 3.4.3).</summary>
    public bool IsExtension { get; init; }
}
