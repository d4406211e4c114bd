using RightHelp.Api.GraphQL;
using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>
/// The Api's schema.graphql as our engine's parser reads it: types by name, fields, arguments and
/// which object types implement an interface. Nothing here knows what a field means.
/// </summary>
public sealed class SdlModel
{
    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    private readonly Dictionary<string, TypeDefinitionNode> types;

    public SdlModel(string sdl)
    {
        types = Parser.Parse(sdl).Definitions.OfType<TypeDefinitionNode>().ToDictionary(t => t.Name.Value, StringComparer.Ordinal);
    }

    /// <summary>The schema the Api serves (embedded from src/Api/schema.graphql).</summary>
    public static SdlModel Portal { get; } = new(PortalSchema.Sdl);

    public TypeDefinitionNode Type(string name)
        => types.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"schema.graphql has no type {name}.");

    public IReadOnlyList<FieldDefinitionNode> Fields(string typeName) => Type(typeName) switch
    {
        ObjectTypeDefinitionNode o => o.Fields,
        InterfaceTypeDefinitionNode i => i.Fields,
        _ => [],
    };

    public FieldDefinitionNode Field(string typeName, string fieldName)
        => Fields(typeName).FirstOrDefault(f => f.Name.Value == fieldName) ?? throw new InvalidOperationException($"{typeName} has no field {fieldName}.");

    public IReadOnlyList<InputValueDefinitionNode> InputFields(string typeName)
        => Type(typeName) is InputObjectTypeDefinitionNode input ? input.Fields : [];

    public IReadOnlyList<string> Implementations(string interfaceName)
        => [.. types.Values.OfType<ObjectTypeDefinitionNode>().Where(o => o.Interfaces.Any(i => i.Name.Value == interfaceName)).Select(o => o.Name.Value)];

    public string FirstEnumValue(string typeName)
        => Type(typeName) is EnumTypeDefinitionNode e ? e.Values[0].Name.Value : throw new InvalidOperationException($"{typeName} is not an enum.");

    public bool IsLeaf(string typeName)
        => BuiltInScalars.Contains(typeName) || Type(typeName) is ScalarTypeDefinitionNode or EnumTypeDefinitionNode;

    public bool IsEnum(string typeName) => !BuiltInScalars.Contains(typeName) && Type(typeName) is EnumTypeDefinitionNode;

    public bool IsInputObject(string typeName) => !BuiltInScalars.Contains(typeName) && Type(typeName) is InputObjectTypeDefinitionNode;

    public bool IsAbstract(string typeName) => !BuiltInScalars.Contains(typeName) && Type(typeName) is InterfaceTypeDefinitionNode or UnionTypeDefinitionNode;

    public static string NamedType(TypeNode type) => type switch
    {
        NonNullTypeNode n => NamedType(n.Type),
        ListTypeNode l => NamedType(l.Type),
        NamedTypeNode named => named.Name.Value,
        _ => throw new InvalidOperationException(type.GetType().Name),
    };

    public static bool IsList(TypeNode type) => type switch
    {
        NonNullTypeNode n => IsList(n.Type),
        ListTypeNode => true,
        _ => false,
    };

    public static bool IsRequired(InputValueDefinitionNode argument) => argument.Type is NonNullTypeNode && argument.DefaultValue is null;
}
