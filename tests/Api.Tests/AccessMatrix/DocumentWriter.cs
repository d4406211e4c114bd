using System.Text;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>
/// Writes the smallest useful document for a field from the schema: every required argument and
/// input field filled (ids from the fixture, other scalars with plain values), and a selection of
/// every argument-free field two levels deep, so the field rules of the returned objects run too.
/// </summary>
public sealed class DocumentWriter(SdlModel sdl, Func<string, string?> fixtureValue)
{
    public const int Depth = 2;

    /// <summary>Staff-only parts of an object a family member may read; <see cref="AudienceTests"/> checks them on their own.</summary>
    private static readonly HashSet<string> Separate = ["PlanSection.markdown"];

    public string Operation(string rootType, string field)
    {
        var definition = sdl.Field(rootType, field);
        var keyword = rootType == "Mutation" ? "mutation" : "query";
        return $"{keyword} {{ {field}{Arguments(rootType, definition)} {Selection(SdlModel.NamedType(definition.Type), Depth)} }}".Replace("  ", " ", StringComparison.Ordinal);
    }

    /// <summary><c>node(id:)</c> with a fragment on one of the types that implement Node.</summary>
    public string Node(string typeName, string id)
        => $"query {{ node(id: {Quote(id)}) {{ __typename ... on {typeName} {Selection(typeName, Depth - 1)} }} }}";

    public string Selection(string typeName, int depth)
    {
        if (sdl.IsLeaf(typeName))
        {
            return "";
        }
        var parts = new List<string> { "__typename" };
        foreach (var field in sdl.Fields(typeName))
        {
            if (field.Arguments.Any(SdlModel.IsRequired) || Separate.Contains($"{typeName}.{field.Name.Value}"))
            {
                continue;
            }
            var named = SdlModel.NamedType(field.Type);
            if (sdl.IsLeaf(named))
            {
                parts.Add(field.Name.Value);
            }
            else if (depth > 1)
            {
                parts.Add($"{field.Name.Value} {Selection(named, depth - 1)}");
            }
        }
        return "{ " + string.Join(" ", parts) + " }";
    }

    private string Arguments(string typeName, FieldDefinitionNode field)
    {
        var written = new List<string>();
        foreach (var argument in field.Arguments)
        {
            var coordinate = $"{typeName}.{field.Name.Value}.{argument.Name.Value}";
            if (fixtureValue(coordinate) is { } value)
            {
                written.Add($"{argument.Name.Value}: {value}");
            }
            else if (SdlModel.IsRequired(argument))
            {
                written.Add($"{argument.Name.Value}: {Value(argument.Type, coordinate)}");
            }
        }
        return written.Count == 0 ? "" : "(" + string.Join(", ", written) + ")";
    }

    private string Value(TypeNode type, string coordinate)
    {
        if (fixtureValue(coordinate) is { } value)
        {
            return value;
        }
        var named = SdlModel.NamedType(type);
        if (SdlModel.IsList(type))
        {
            return $"[{Value(new NamedTypeNode(new NameNode(named)), coordinate)}]";
        }
        if (sdl.IsInputObject(named))
        {
            var fields = new StringBuilder("{ ");
            foreach (var field in sdl.InputFields(named))
            {
                var fieldCoordinate = $"{named}.{field.Name.Value}";
                if (fixtureValue(fieldCoordinate) is not null || SdlModel.IsRequired(field))
                {
                    fields.Append($"{field.Name.Value}: {Value(field.Type, fieldCoordinate)} ");
                }
            }
            return fields.Append('}').ToString();
        }
        if (sdl.IsEnum(named))
        {
            return sdl.FirstEnumValue(named);
        }
        return named switch
        {
            "String" => Quote("Checked by the access matrix test."),
            "Int" => "3",
            "Float" => "1.5",
            "Boolean" => "false",
            "Date" => Quote("2030-01-10"),
            "DateTime" => Quote("2030-01-10T10:00:00Z"),
            _ => throw new InvalidOperationException($"No fixture value for {coordinate} ({named}): add one to MatrixTargets.FixtureValue."),
        };
    }

    public static string Quote(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}
