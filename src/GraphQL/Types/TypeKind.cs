namespace RightHelp.GraphQL.Types;

/// <summary>The kinds of type (spec 4.2.1 __TypeKind).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
