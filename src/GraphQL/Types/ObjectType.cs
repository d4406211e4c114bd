namespace RightHelp.GraphQL.Types;

/// <summary>An object type (spec 3.6).</summary>
public sealed class ObjectType(string name) : ComplexType(name)
{
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional runtime check used when an abstract type has no resolver.</summary>
    public Func<object, bool>? IsTypeOf { get; set; }
}
