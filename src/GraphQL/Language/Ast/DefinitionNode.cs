namespace RightHelp.GraphQL.Language.Ast;

/// <summary>A top level definition of a document.</summary>
public abstract class DefinitionNode : SyntaxNode;
