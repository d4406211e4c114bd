using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>Fields and spreads of one selection set, as OverlappingFieldsCanBeMerged compares them.</summary>
internal sealed class OverlapCollectedFields
{
    public List<string> Keys { get; } = [];
    public Dictionary<string, List<OverlapFieldDetails>> Fields { get; } = new(StringComparer.Ordinal);
    public List<FragmentSpreadNode> Spreads { get; } = [];
    public List<FragmentDefinitionNode>? FragmentDefinitions { get; set; }
}
