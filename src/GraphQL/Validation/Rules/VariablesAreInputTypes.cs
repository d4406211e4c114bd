using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.2 Variables Are Input Types: "For every operation in a document, for every variable on each
/// operation, let variableType be the type of variable; IsInputType(variableType) must be true."
/// </summary>
public sealed class VariablesAreInputTypes : ValidationRule
{
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
        var type = TypeResolver.FromAst(context.Schema, node.Type);
        if (type is not null && !type.IsInputType)
        {
            context.Report($"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".", node.Type);
        }
    }
}
