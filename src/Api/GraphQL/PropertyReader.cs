using System.Collections.Concurrent;
using System.Reflection;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.GraphQL;

/// <summary>
/// The resolver of fields without their own: the source's property of the same name
/// (<c>hubName</c> reads <c>HubName</c>), or the value or errors of a mutation payload.
/// </summary>
public static class PropertyReader
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    public static ValueTask<object?> Resolve(ResolveContext context) => new(Read(context.Source, context.Field.Name));

    public static object? Read(object? source, string field)
    {
        switch (source)
        {
            case null:
                return null;
            case Payload payload:
                return field == "errors" ? payload.Errors : field == payload.Field ? payload.Value : null;
            case IReadOnlyDictionary<string, object?> map:
                return map.GetValueOrDefault(field);
        }
        var property = Properties.GetOrAdd((source.GetType(), field),
            key => key.Item1.GetProperty(char.ToUpperInvariant(key.Item2[0]) + key.Item2[1..], BindingFlags.Public | BindingFlags.Instance));
        return property?.GetValue(source);
    }
}
