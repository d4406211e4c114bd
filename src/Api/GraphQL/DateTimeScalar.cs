using System.Globalization;
using RightHelp.GraphQL;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.Api.GraphQL;

/// <summary>ISO 8601 date and time with an offset; input without an offset is refused, so no time is guessed.</summary>
public sealed class DateTimeScalar() : ScalarType("DateTime")
{
    public override object? Serialize(object value) => value switch
    {
        DateTimeOffset offset => offset.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
        _ => throw new GraphQLException("DateTime cannot represent this value."),
    };

    public override object? ParseValue(object value) => Parse(value as string);

    public override object? ParseLiteral(ValueNode node, Func<string, object?>? variables)
        => node is StringValueNode text ? Parse(text.Value) : throw new GraphQLException("DateTime must be a string.");

    private static DateTimeOffset Parse(string? text)
    {
        if (text is not null
            && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }
        throw new GraphQLException("DateTime must be ISO 8601 with an offset, such as 2026-03-29T10:00:00+01:00.");
    }
}
