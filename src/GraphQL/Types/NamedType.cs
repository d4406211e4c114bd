using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Types;

/// <summary>A named type of the schema.</summary>
public abstract class NamedType(string name) : GraphQLType
{
    public string Name { get; } = name;
    public string? Description { get; internal set; }
    public TypeDefinitionNode? Definition { get; internal set; }
    public List<TypeDefinitionNode> Extensions { get; } = [];

    public override NamedType Named => this;

    public bool IsLeaf => Kind is TypeKind.Scalar or TypeKind.Enum;

    public bool IsComposite => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    public bool IsAbstract => Kind is TypeKind.Interface or TypeKind.Union;

    public override string ToString() => Name;
}
