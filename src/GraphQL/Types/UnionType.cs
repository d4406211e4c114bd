namespace RightHelp.GraphQL.Types;

/// <summary>A union type (spec 3.8).</summary>
public sealed class UnionType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Union;

    public List<ObjectType> Types { get; } = [];

    /// <summary>Member names that are not object types, kept for schema validation.</summary>
    internal List<string> InvalidMembers { get; } = [];

    /// <summary>Chooses the object type name of a runtime value; null falls back to the schema default.</summary>
    public Func<object, string?>? ResolveType { get; set; }
}
