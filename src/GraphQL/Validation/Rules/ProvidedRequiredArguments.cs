using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.2.1 Required Arguments: "For each Field or Directive in the document ... for each
/// argumentDefinition in argumentDefinitions: if argumentDefinition is required (non-null type, no default),
/// an argument with the same name must be provided."
/// </summary>
public sealed class ProvidedRequiredArguments : ValidationRule
{
    public override void LeaveField(ValidationContext context, FieldNode node)
    {
        if (context.FieldDefinition is not { } field)
        {
            return;
        }
        foreach (var argument in field.Arguments)
        {
            if (argument.IsRequired && !node.Arguments.Any(a => a.Name.Value == argument.Name))
            {
                var coordinate = context.ParentType is { } parent ? $"{parent.Name}.{field.Name}({argument.Name}:)" : argument.Coordinate;
                context.Report($"Argument \"{coordinate}\" of type \"{argument.Type}\" is required, but it was not provided.", node);
            }
        }
    }

    public override void LeaveDirective(ValidationContext context, DirectiveNode node)
    {
        if (context.Schema.GetDirective(node.Name.Value) is not { } directive)
        {
            return;
        }
        foreach (var argument in directive.Arguments)
        {
            if (argument.IsRequired && !node.Arguments.Any(a => a.Name.Value == argument.Name))
            {
                context.Report($"Argument \"@{directive.Name}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.", node);
            }
        }
    }
}
