namespace RightHelp.GraphQL.Types;

/// <summary>An interface type (spec 3.7).</summary>
public sealed class InterfaceType(string name) : ComplexType(name)
{
    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Chooses the object type name of a runtime value; null falls back to the schema default.</summary>
    public Func<object, string?>? ResolveType { get; set; }
}
