using System.Globalization;
using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Types;

/// <summary>The five specified scalars (spec 3.5.1 to 3.5.5), coercing as graphql-js 17 does.</summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new IntScalar();
    public static ScalarType Float { get; } = new FloatScalar();
    public static ScalarType String { get; } = new StringScalar();
    public static ScalarType Boolean { get; } = new BooleanScalar();
    public static ScalarType ID { get; } = new IdScalar();

    public static IEnumerable<ScalarType> All => [String, Int, Float, Boolean, ID];

    public static bool IsBuiltIn(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";

    internal static bool TryNumber(object value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case uint u: number = u; return true;
            case ulong ul: number = ul; return true;
            default: number = 0; return false;
        }
    }

    private static bool IsInteger(double d) => !double.IsInfinity(d) && Math.Floor(d) == d;

    private static double JsNumberFromString(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
    }

    private sealed class IntScalar : ScalarType
    {
        public IntScalar() : base("Int")
        {
        }

        public override object? Serialize(object value)
        {
            switch (value)
            {
                case int i:
                    return i;
                case bool b:
                    return b ? 1 : 0;
                case string s:
                    {
                        if (s.Length == 0)
                        {
                            throw Fail(value);
                        }
                        var n = JsNumberFromString(s);
                        if (!IsInteger(n))
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
            if (TryNumber(value, out var number))
            {
                return FromNumber(number);
            }
            throw Fail(value);
        }

        private static int FromNumber(double number)
        {
            if (!IsInteger(number))
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
            value is not bool && TryNumber(value, out var number) ? FromNumber(number) : throw Fail(value);

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

    private sealed class FloatScalar : ScalarType
    {
        public FloatScalar() : base("Float")
        {
        }

        public override object? Serialize(object value)
        {
            switch (value)
            {
                case double d when double.IsFinite(d):
                    return d;
                case bool b:
                    return b ? 1d : 0d;
                case string s:
                    {
                        var n = s.Length == 0 ? double.NaN : JsNumberFromString(s);
                        return double.IsFinite(n) ? n : throw Fail(value);
                    }
            }
            return TryNumber(value, out var number) && double.IsFinite(number) ? number : throw Fail(value);
        }

        private static GraphQLException Fail(object value) => new($"Float cannot represent non numeric value: {JsFormat.Inspect(value)}");

        public override object? ParseValue(object value) =>
            value is not bool && TryNumber(value, out var number) && double.IsFinite(number) ? number : throw Fail(value);

        public override object? ParseLiteral(ValueNode node, Func<string, object?>? variables) => node switch
        {
            IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
            FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
            _ => throw new GraphQLException($"Float cannot represent non numeric value: {Printer.PrintForError(node)}"),
        };
    }

    private sealed class StringScalar : ScalarType
    {
        public StringScalar() : base("String")
        {
        }

        public override object? Serialize(object value)
        {
            switch (value)
            {
                case string s:
                    return s;
                case bool b:
                    return b ? "true" : "false";
            }
            if (TryNumber(value, out var number) && double.IsFinite(number))
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

    private sealed class BooleanScalar : ScalarType
    {
        public BooleanScalar() : base("Boolean")
        {
        }

        public override object? Serialize(object value)
        {
            if (value is bool b)
            {
                return b;
            }
            if (TryNumber(value, out var number) && double.IsFinite(number))
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

    private sealed class IdScalar : ScalarType
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
            if (value is not bool && TryNumber(value, out var number))
            {
                return IsInteger(number) ? JsFormat.Number(number) : throw new GraphQLException($"ID cannot represent value: {JsFormat.Inspect(value)}");
            }
            throw new GraphQLException($"ID cannot represent value: {JsFormat.Inspect(value)}");
        }

        public override object? ParseValue(object value)
        {
            if (value is string s)
            {
                return s;
            }
            if (value is not bool && TryNumber(value, out var number) && IsInteger(number))
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
}
