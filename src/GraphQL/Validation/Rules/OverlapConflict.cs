using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>A pair of field selections that cannot be merged, and why.</summary>
internal sealed record OverlapConflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);
