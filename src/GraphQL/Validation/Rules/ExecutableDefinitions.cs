using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.1.1 Executable Definitions: "For each definition definition in the document, definition must be
/// ExecutableDefinition (it must not be TypeSystemDefinitionOrExtension)."
/// </summary>
public sealed class ExecutableDefinitions : ValidationRule
{
    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }
            var name = definition switch
            {
                SchemaDefinitionNode => "schema",
                TypeDefinitionNode type => "\"" + type.Name.Value + "\"",
                DirectiveDefinitionNode directive => "\"" + directive.Name.Value + "\"",
                _ => "schema",
            };
            context.Report($"The {name} definition is not executable.", definition);
        }
    }
}
