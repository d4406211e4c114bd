using System.Globalization;
using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Types.Scalars;

/// <summary>Boolean (spec 3.5.4). Coerces as graphql-js 17 does.</summary>
internal sealed class BooleanScalar : ScalarType
{
    public BooleanScalar() : base("Boolean")
    {
    }

    public override object? Serialize(object value)
    {
        if (value is bool)
        {
            return value;
        }
        if (ScalarConversions.TryNumber(value, out var number) && double.IsFinite(number))
        {
            return number != 0;
        }
        throw new GraphQLException($"Boolean cannot represent a non boolean value: {JsFormat.Inspect(value)}");
    }

    public override object? ParseValue(object value) =>
        value is bool b ? b : throw new GraphQLException($"Boolean cannot represent a non boolean value: {JsFormat.Inspect(value)}");

    public override object? ParseLiteral(ValueNode node, Func<string, object?>? variables) =>
        node is BooleanValueNode b
            ? b.Value
            : throw new GraphQLException($"Boolean cannot represent a non boolean value: {Printer.PrintForError(node)}");
}
