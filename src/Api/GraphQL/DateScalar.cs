using System.Globalization;
using RightHelp.GraphQL;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.Api.GraphQL;

/// <summary>An ISO 8601 calendar date.</summary>
public sealed class DateScalar() : ScalarType("Date")
{
    public override object? Serialize(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new GraphQLException("Date cannot represent this value."),
    };

    public override object? ParseValue(object value) => Parse(value as string);

    public override object? ParseLiteral(ValueNode node, Func<string, object?>? variables)
        => node is StringValueNode text ? Parse(text.Value) : throw new GraphQLException("Date must be a string.");

    private static DateOnly Parse(string? text)
        => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new GraphQLException("Date must be ISO 8601, such as 2026-03-29.");
}
