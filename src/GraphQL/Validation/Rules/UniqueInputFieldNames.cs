using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.3 Input Object Field Uniqueness: "For each input object value objectValue in the document, for
/// every inputField in objectValue ... fields must be the set containing only inputField."
/// </summary>
public sealed class UniqueInputFieldNames : ValidationRule
{
    public override void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
        var parent = context.ObjectValues[^1];
        foreach (var field in parent.Fields)
        {
            if (ReferenceEquals(field, node))
            {
                return;
            }
            if (field.Name.Value == node.Name.Value)
            {
                if (IsFirstDuplicate(parent, field, node))
                {
                    context.Report($"There can be only one input field named \"{node.Name.Value}\".", field.Name, node.Name);
                }
                return;
            }
        }
    }

    private static bool IsFirstDuplicate(ObjectValueNode parent, ObjectFieldNode first, ObjectFieldNode current) =>
        parent.Fields.First(f => f.Name.Value == current.Name.Value) == first;
}
