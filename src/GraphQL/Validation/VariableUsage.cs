using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Validation;

/// <summary>A variable used somewhere, with the input type expected there and whether that position has a default.</summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, bool HasLocationDefault, bool InOneOfField, string? OneOfParent = null);
