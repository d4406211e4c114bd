using System.Globalization;
using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Types.Scalars;

/// <summary>String (spec 3.5.3). Coerces as graphql-js 17 does.</summary>
internal sealed class StringScalar : ScalarType
{
    public StringScalar() : base("String")
    {
    }

    public override object? Serialize(object value)
    {
        switch (value)
        {
            case string:
                return value;
            case bool b:
                return b ? "true" : "false";
        }
        if (ScalarConversions.TryNumber(value, out var number) && double.IsFinite(number))
        {
            return value is int or long ? Convert.ToString(value, CultureInfo.InvariantCulture) : JsFormat.Number(number);
        }
        if (value is Enum or Guid or char)
        {
            return value.ToString();
        }
        throw new GraphQLException($"String cannot represent value: {JsFormat.Inspect(value)}");
    }

    public override object? ParseValue(object value) =>
        value as string ?? throw new GraphQLException($"String cannot represent a non string value: {JsFormat.Inspect(value)}");

    public override object? ParseLiteral(ValueNode node, Func<string, object?>? variables) =>
        node is StringValueNode s
            ? s.Value
            : throw new GraphQLException($"String cannot represent a non string value: {Printer.PrintForError(node)}");
}
