using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Limit (spec 5 allows additional rules): a document may use at most <c>maxAliases</c> aliases, which stops
/// "alias bombs" asking for the same expensive field thousands of times.
/// </summary>
public sealed class MaxAliases(int maxAliases) : ValidationRule
{
    private int _count;
    private bool _reported;

    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        _count = 0;
        _reported = false;
    }

    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (node.Alias is null || _reported || ++_count <= maxAliases)
        {
            return;
        }
        _reported = true;
        context.Report($"Document uses more than the maximum of {maxAliases} aliases.", node);
    }
}
