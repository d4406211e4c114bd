using System.Globalization;
using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Types.Scalars;

/// <summary>Float (spec 3.5.2): finite doubles. Coerces as graphql-js 17 does.</summary>
internal sealed class FloatScalar : ScalarType
{
    public FloatScalar() : base("Float")
    {
    }

    public override object? Serialize(object value)
    {
        switch (value)
        {
            case double d when double.IsFinite(d):
                return value;
            case bool b:
                return b ? 1d : 0d;
            case string s:
                {
                    var n = s.Length == 0 ? double.NaN : ScalarConversions.JsNumberFromString(s);
                    return double.IsFinite(n) ? n : throw Fail(value);
                }
        }
        return ScalarConversions.TryNumber(value, out var number) && double.IsFinite(number) ? number : throw Fail(value);
    }

    private static GraphQLException Fail(object value) => new($"Float cannot represent non numeric value: {JsFormat.Inspect(value)}");

    public override object? ParseValue(object value) =>
        value is not bool && ScalarConversions.TryNumber(value, out var number) && double.IsFinite(number) ? number : throw Fail(value);

    public override object? ParseLiteral(ValueNode node, Func<string, object?>? variables) => node switch
    {
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        _ => throw new GraphQLException($"Float cannot represent non numeric value: {Printer.PrintForError(node)}"),
    };
}
