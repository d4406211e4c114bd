using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.3 Leaf Field Selections: "If selectionType is a scalar or enum: the subselection set of that
/// selection must be empty. If selectionType is an interface, union, or object: the subselection set of
/// that selection must NOT be empty." (graphql-js 17 accepts an explicitly empty set "{ }".)
/// </summary>
public sealed class ScalarLeafs : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.Type is not { } type)
        {
            return;
        }
        if (type.Named.IsLeaf)
        {
            if (node.SelectionSet is not null)
            {
                context.Report($"Field \"{node.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.", node.SelectionSet);
            }
        }
        else if (node.SelectionSet is null)
        {
            context.Report($"Field \"{node.Name.Value}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{node.Name.Value} {{ ... }}\"?", node);
        }
    }
}
