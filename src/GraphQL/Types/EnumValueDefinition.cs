using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Types;

/// <summary>One value of an enum type; Value is the runtime value (the name unless bound otherwise).</summary>
public sealed class EnumValueDefinition(string name)
{
    public string Name { get; } = name;
    public string? Description { get; internal set; }
    public string? DeprecationReason { get; internal set; }
    public object Value { get; internal set; } = name;
    public EnumValueDefinitionNode? Definition { get; internal set; }
}
