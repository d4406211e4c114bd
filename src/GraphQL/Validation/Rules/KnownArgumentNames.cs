using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.4.1 Argument Names: "For each argument in the document, let argumentName be the Name of argument;
/// argumentDefinition must exist" on the field or directive it is provided to.
/// </summary>
public sealed class KnownArgumentNames : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode node, SyntaxNode owner)
    {
        if (context.Directive is not { } directive)
        {
            return;
        }
        foreach (var argument in node.Arguments)
        {
            if (directive.GetArgument(argument.Name.Value) is null)
            {
                var suggestions = Suggestions.List(argument.Name.Value, directive.Arguments.Select(a => a.Name));
                context.Report($"Unknown argument \"{argument.Name.Value}\" on directive \"@{directive.Name}\"." + Suggestions.DidYouMean(suggestions), argument);
            }
        }
    }

    public override void EnterArgument(ValidationContext context, ArgumentNode node)
    {
        if (context.Argument is not null || context.Directive is not null || context.FieldDefinition is not { } field || context.ParentType is not { } parent)
        {
            return;
        }
        var suggestions = Suggestions.List(node.Name.Value, field.Arguments.Select(a => a.Name));
        context.Report($"Unknown argument \"{node.Name.Value}\" on field \"{parent.Name}.{field.Name}\"." + Suggestions.DidYouMean(suggestions), node);
    }
}
