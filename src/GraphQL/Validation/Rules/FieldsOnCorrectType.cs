using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.1 Field Selections: "For each selection in the document, let fieldName be the target field of
/// selection; fieldName must be defined on type in scope."
/// </summary>
public sealed class FieldsOnCorrectType : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.ParentType is not { } type || context.FieldDefinition is not null)
        {
            return;
        }
        var name = node.Name.Value;
        var suggestion = Suggestions.DidYouMean(SuggestedTypes(context.Schema, type, name), "to use an inline fragment on");
        if (suggestion.Length == 0 && type is ComplexType complex)
        {
            suggestion = Suggestions.DidYouMean(Suggestions.List(name, complex.Fields.Select(f => f.Name)));
        }
        context.Report($"Cannot query field \"{name}\" on type \"{type.Name}\"." + suggestion, node);
    }

    private static List<string> SuggestedTypes(Schema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstract)
        {
            return [];
        }
        var suggested = new List<NamedType>();
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }
            if (!suggested.Contains(possible))
            {
                suggested.Add(possible);
            }
            usage[possible.Name] = 1;
            foreach (var iface in possible.Interfaces)
            {
                if (iface.GetField(fieldName) is null)
                {
                    continue;
                }
                if (!suggested.Contains(iface))
                {
                    suggested.Add(iface);
                }
                usage[iface.Name] = usage.GetValueOrDefault(iface.Name) + 1;
            }
        }
        suggested.Sort((a, b) =>
        {
            var diff = usage[b.Name] - usage[a.Name];
            if (diff != 0)
            {
                return diff;
            }
            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }
            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }
            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return [.. suggested.Select(t => t.Name)];
    }
}
