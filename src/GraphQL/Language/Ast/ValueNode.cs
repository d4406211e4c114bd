namespace RightHelp.GraphQL.Language.Ast;

/// <summary>An input value literal or a variable (spec 2.9).</summary>
public abstract class ValueNode : SyntaxNode;
