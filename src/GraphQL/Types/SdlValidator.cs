using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Types;

/// <summary>Checks an SDL document before building (graphql-js assertValidSDL): names, references, directives.</summary>
internal static class SdlValidator
{
    public static List<string> Validate(DocumentNode document)
    {
        var errors = new List<string>();
        var typeNames = new HashSet<string>(StringComparer.Ordinal);
        var known = new HashSet<string>(StringComparer.Ordinal) { "Int", "Float", "String", "Boolean", "ID" };
        var schemaCount = 0;
        var directiveNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case ExecutableDefinitionNode:
                    errors.Add("The " + (definition is OperationDefinitionNode op ? (op.Name?.Value is { } n ? $"\"{n}\"" : "anonymous operation") : $"\"{((FragmentDefinitionNode)definition).Name.Value}\"") + " definition is not executable.");
                    break;
                case TypeDefinitionNode { IsExtension: false } type:
                    if (!typeNames.Add(type.Name.Value))
                    {
                        errors.Add($"There can be only one type named \"{type.Name.Value}\".");
                    }
                    known.Add(type.Name.Value);
                    break;
                case SchemaDefinitionNode { IsExtension: false }:
                    if (++schemaCount > 1)
                    {
                        errors.Add("Must provide only one schema definition.");
                    }
                    break;
                case DirectiveDefinitionNode directive:
                    if (!directiveNames.Add(directive.Name.Value))
                    {
                        errors.Add($"There can be only one directive named \"@{directive.Name.Value}\".");
                    }
                    break;
            }
        }
        foreach (var definition in document.Definitions)
        {
            if (definition is TypeDefinitionNode { IsExtension: true } extension && !known.Contains(extension.Name.Value))
            {
                errors.Add($"Cannot extend type \"{extension.Name.Value}\" because it is not defined.");
            }
        }
        SdlReferences.Check(document, known, directiveNames, errors);
        return errors;
    }
}
