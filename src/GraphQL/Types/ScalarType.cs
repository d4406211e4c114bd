using System.Globalization;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Types;

/// <summary>
/// A scalar type (spec 3.5). The base class is a custom scalar that passes values through unchanged,
/// as graphql-js does for scalars declared in SDL without code; subclasses coerce.
/// </summary>
public class ScalarType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Scalar;

    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>Output coercion (spec 3.5 "Result Coercion"); throws <see cref="GraphQLException"/>.</summary>
    public virtual object? Serialize(object value) => value;

    /// <summary>Input coercion of a variable value (plain runtime values from JSON).</summary>
    public virtual object? ParseValue(object value) => value;

    /// <summary>Input coercion of a literal; variables inside lists and objects are already looked up by <paramref name="variables"/>.</summary>
    public virtual object? ParseLiteral(ValueNode node, Func<string, object?>? variables) => Untyped(node, variables);

    /// <summary>A literal as a plain runtime value (graphql-js valueFromASTUntyped).</summary>
    public static object? Untyped(ValueNode node, Func<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => UntypedList(list, variables),
        ObjectValueNode obj => UntypedObject(obj, variables),
        VariableNode v => variables?.Invoke(v.Name.Value),
        _ => null,
    };

    private static List<object?> UntypedList(ListValueNode list, Func<string, object?>? variables)
    {
        var result = new List<object?>(list.Values.Count);
        foreach (var item in list.Values)
        {
            result.Add(Untyped(item, variables));
        }
        return result;
    }

    private static Dictionary<string, object?> UntypedObject(ObjectValueNode obj, Func<string, object?>? variables)
    {
        var result = new Dictionary<string, object?>(obj.Fields.Count);
        foreach (var field in obj.Fields)
        {
            result[field.Name.Value] = Untyped(field.Value, variables);
        }
        return result;
    }
}
