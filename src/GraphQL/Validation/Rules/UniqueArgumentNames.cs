using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.2 Argument Uniqueness: "For each argument in the Document, let argumentName be the Name of
/// argument; arguments must be the set containing only argument."
/// </summary>
public sealed class UniqueArgumentNames : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node) => Check(context, node.Arguments);

    public override void EnterDirective(ValidationContext context, DirectiveNode node, SyntaxNode owner) => Check(context, node.Arguments);

    private static void Check(ValidationContext context, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2)
        {
            return;
        }
        var groups = new Dictionary<string, List<NameNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var argument in arguments)
        {
            if (!groups.TryGetValue(argument.Name.Value, out var list))
            {
                groups[argument.Name.Value] = list = [];
                order.Add(argument.Name.Value);
            }
            list.Add(argument.Name);
        }
        foreach (var name in order)
        {
            if (groups[name].Count > 1)
            {
                context.Report($"There can be only one argument named \"{name}\".", [.. groups[name]]);
            }
        }
    }
}
