using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>One field selection with the type it was selected on.</summary>
internal sealed record OverlapFieldDetails(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition, bool IsSimpleLeaf);
