using System.Globalization;
using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Types.Scalars;

/// <summary>Int (spec 3.5.1): 32-bit signed integers. Coerces as graphql-js 17 does.</summary>
internal sealed class IntScalar : ScalarType
{
    public IntScalar() : base("Int")
    {
    }

    public override object? Serialize(object value)
    {
        switch (value)
        {
            case int:
                return value;
            case bool b:
                return b ? 1 : 0;
            case string s:
                {
                    if (s.Length == 0)
                    {
                        throw Fail(value);
                    }
                    var n = ScalarConversions.JsNumberFromString(s);
                    if (!ScalarConversions.IsInteger(n))
                    {
                        throw Fail(value);
                    }
                    if (n > int.MaxValue || n < int.MinValue)
                    {
                        throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {JsFormat.Inspect(value)}");
                    }
                    return (int)n;
                }
        }
        if (ScalarConversions.TryNumber(value, out var number))
        {
            return FromNumber(number);
        }
        throw Fail(value);
    }

    private static int FromNumber(double number)
    {
        if (!ScalarConversions.IsInteger(number))
        {
            throw Fail(number);
        }
        if (number > int.MaxValue || number < int.MinValue)
        {
            throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {JsFormat.Number(number)}");
        }
        return (int)number;
    }

    private static GraphQLException Fail(object value) => new($"Int cannot represent non-integer value: {JsFormat.Inspect(value)}");

    public override object? ParseValue(object value) =>
        value is not bool && ScalarConversions.TryNumber(value, out var number) ? FromNumber(number) : throw Fail(value);

    public override object? ParseLiteral(ValueNode node, Func<string, object?>? variables)
    {
        if (node is not IntValueNode i)
        {
            throw new GraphQLException($"Int cannot represent non-integer value: {Printer.PrintForError(node)}");
        }
        var n = double.Parse(i.Value, CultureInfo.InvariantCulture);
        if (n > int.MaxValue || n < int.MinValue)
        {
            throw new GraphQLException($"Int cannot represent non 32-bit signed integer value: {i.Value}");
        }
        return (int)n;
    }
}
