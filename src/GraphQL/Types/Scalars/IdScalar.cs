using System.Globalization;
using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Types.Scalars;

/// <summary>ID (spec 3.5.5): serialized as a string; accepts strings and integers. Coerces as graphql-js 17 does.</summary>
internal sealed class IdScalar : ScalarType
{
    public IdScalar() : base("ID")
    {
    }

    public override object? Serialize(object value)
    {
        if (value is string s)
        {
            return s;
        }
        if (value is Guid g)
        {
            return g.ToString();
        }
        if (value is not bool && ScalarConversions.TryNumber(value, out var number))
        {
            return ScalarConversions.IsInteger(number) ? JsFormat.Number(number) : throw new GraphQLException($"ID cannot represent value: {JsFormat.Inspect(value)}");
        }
        throw new GraphQLException($"ID cannot represent value: {JsFormat.Inspect(value)}");
    }

    public override object? ParseValue(object value)
    {
        if (value is string s)
        {
            return s;
        }
        if (value is not bool && ScalarConversions.TryNumber(value, out var number) && ScalarConversions.IsInteger(number))
        {
            return JsFormat.Number(number);
        }
        throw new GraphQLException($"ID cannot represent value: {JsFormat.Inspect(value)}");
    }

    public override object? ParseLiteral(ValueNode node, Func<string, object?>? variables) => node switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new GraphQLException($"ID cannot represent a non-string and non-integer value: {Printer.PrintForError(node)}"),
    };
}
