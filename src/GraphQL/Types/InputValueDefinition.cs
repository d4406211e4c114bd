using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Types;

/// <summary>An argument or an input object field.</summary>
public sealed class InputValueDefinition(string name, GraphQLType type)
{
    public string Name { get; } = name;
    public GraphQLType Type { get; internal set; } = type;
    public string? Description { get; internal set; }
    public ValueNode? DefaultValue { get; internal set; }
    public string? DeprecationReason { get; internal set; }
    public InputValueDefinitionNode? Definition { get; internal set; }

    /// <summary>"Parent.field(arg:)" or "Input.field" or "@dir(arg:)", used in messages.</summary>
    public string Coordinate { get; internal set; } = name;

    public bool IsRequired => Type.IsNonNull && DefaultValue is null;

    internal object? CoercedDefault { get; set; }
    internal bool HasCoercedDefault { get; set; }
}
