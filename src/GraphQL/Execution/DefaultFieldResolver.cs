using System.Text.Json;

namespace RightHelp.GraphQL.Execution;

/// <summary>Reads the field's name from dictionaries or JSON objects; anything else resolves to null.</summary>
public static class DefaultFieldResolver
{
    public static ValueTask<object?> Resolve(ResolveContext context) => new(Read(context.Source, context.Field.Name));

    public static object? Read(object? source, string name) => source switch
    {
        IReadOnlyDictionary<string, object?> map => map.TryGetValue(name, out var value) ? value : null,
        IDictionary<string, object?> dictionary => dictionary.TryGetValue(name, out var value) ? value : null,
        JsonElement { ValueKind: JsonValueKind.Object } element => element.TryGetProperty(name, out var property) ? property : null,
        _ => null,
    };
}
