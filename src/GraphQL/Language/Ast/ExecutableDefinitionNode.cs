namespace RightHelp.GraphQL.Language.Ast;

/// <summary>An operation or fragment definition (spec 2.2).</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    public StringValueNode? Description { get; init; }
    public required IReadOnlyList<DirectiveNode> Directives { get; init; }
    public required SelectionSetNode SelectionSet { get; init; }
}
