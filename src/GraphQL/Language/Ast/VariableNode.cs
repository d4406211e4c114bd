namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A variable reference such as $id.</summary>
public sealed class VariableNode(NameNode name) : ValueNode
{
    public NameNode Name { get; } = name;
}
