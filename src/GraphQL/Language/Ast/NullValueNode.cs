namespace RightHelp.GraphQL.Language.Ast;

/// <summary>The null literal.</summary>
public sealed class NullValueNode : ValueNode;
