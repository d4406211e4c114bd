using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Types;

/// <summary>Per-type validation rules (spec 3.6.1, 3.7.1, 3.8.1, 3.9.1, 3.10.1).</summary>
internal static class SchemaTypeRules
{
    public static void Check(Schema schema, Action<string, SyntaxNode?[]> report)
    {
        foreach (var type in schema.Types)
        {
            switch (type)
            {
                case ComplexType complex when complex.Fields.Count == 0:
                    report($"Type {complex.Name} must define one or more fields.", [complex.Definition]);
                    break;
                case UnionType union when union.Types.Count == 0 && union.InvalidMembers.Count == 0:
                    report($"Union type {union.Name} must define one or more member types.", [union.Definition]);
                    break;
                case EnumType enumType when enumType.Values.Count == 0:
                    report($"Enum type {enumType.Name} must define one or more values.", [enumType.Definition]);
                    break;
                case InputObjectType input when input.Fields.Count == 0:
                    report($"Input Object type {input.Name} must define one or more fields.", [input.Definition]);
                    break;
            }
        }
    }
}
