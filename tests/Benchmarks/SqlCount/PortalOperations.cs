extern alias portal;

using System.Reflection;
using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.Benchmarks.SqlCount;

/// <summary>
/// Every operation the Portal sends, found in its assembly rather than listed here: each constant string
/// under <c>RightHelp.Portal.Api</c> that parses as a GraphQL operation. A new page's query is measured
/// without anyone remembering to add it.
/// </summary>
public static class PortalOperations
{
    public static IReadOnlyList<PortalOperation> All()
    {
        var portal = typeof(portal::RightHelp.Portal.Api.ApiClient).Assembly;
        var found = new Dictionary<string, PortalOperation>(StringComparer.Ordinal);
        foreach (var type in portal.GetTypes().Where(t => t.Namespace?.StartsWith("RightHelp.Portal.Api", StringComparison.Ordinal) == true))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            {
                var text = ((string)field.GetRawConstantValue()!).TrimStart();
                if (!text.StartsWith("query", StringComparison.Ordinal) && !text.StartsWith("mutation", StringComparison.Ordinal))
                {
                    continue;
                }
                var operation = Parser.Parse(text).Definitions.OfType<OperationDefinitionNode>().Single();
                var name = operation.Name?.Value ?? field.Name;
                var declared = $"{type.Name}.{field.Name}";
                // Two pages may share a name (Localities); keep both, told apart by where they are declared.
                var key = found.ContainsKey(name) ? $"{name} ({declared})" : name;
                found[key] = new PortalOperation(key, declared, text, operation.Operation, operation.VariableDefinitions);
            }
        }
        return [.. found.Values.OrderBy(o => o.Kind).ThenBy(o => o.Name, StringComparer.Ordinal)];
    }
}
