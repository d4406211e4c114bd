using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.5.1.1 Fragment Name Uniqueness: "For each fragment definition fragment in the document ...
/// fragments must be a set of one."
/// </summary>
public sealed class UniqueFragmentNames : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override void EnterDocument(ValidationContext context, DocumentNode node) => _known.Clear();

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        if (_known.TryGetValue(node.Name.Value, out var first))
        {
            context.Report($"There can be only one fragment named \"{node.Name.Value}\".", first, node.Name);
        }
        else
        {
            _known[node.Name.Value] = node.Name;
        }
    }
}
