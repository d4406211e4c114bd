using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.2.2.1 Operation Name Uniqueness: "For each operation definition operation in the document ...
/// operations must be a set of one."
/// </summary>
public sealed class UniqueOperationNames : ValidationRule
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override void EnterDocument(ValidationContext context, DocumentNode node) => _known.Clear();

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is null)
        {
            return;
        }
        if (_known.TryGetValue(node.Name.Value, out var first))
        {
            context.Report($"There can be only one operation named \"{node.Name.Value}\".", first, node.Name);
        }
        else
        {
            _known[node.Name.Value] = node.Name;
        }
    }
}
