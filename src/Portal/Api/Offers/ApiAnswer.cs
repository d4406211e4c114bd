using System.Text.Json;

namespace RightHelp.Portal.Api.Offers;

/// <summary>Reads one field of an answer that asked for several, as <see cref="GraphQLOperations.FieldAsync{T}"/> reads one.</summary>
public static class ApiAnswer
{
    public static T? Read<T>(JsonDocument document, string field)
        where T : class
        => document.RootElement.TryGetProperty("data", out var data)
           && data.ValueKind == JsonValueKind.Object
           && data.TryGetProperty(field, out var value)
           && value.ValueKind != JsonValueKind.Null
            ? value.Deserialize<T>(GraphQLOperations.Json)
            : null;
}
