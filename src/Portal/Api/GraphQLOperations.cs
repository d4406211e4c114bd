using System.Text.Json;
using System.Text.Json.Serialization;

namespace RightHelp.Portal.Api;

/// <summary>
/// Typed reading of the Api's answers. Enums arrive as GraphQL names (NOT_STARTED), dates as
/// ISO 8601, so one set of options serves every operation.
/// </summary>
public static class GraphQLOperations
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    /// <summary>
    /// Runs the operation and reads <c>data.{field}</c>. A field the Api refused (not found,
    /// not your family) comes back null, which pages show as "page not found".
    /// </summary>
    public static async Task<T?> FieldAsync<T>(this ApiClient api, string query, object? variables, string field, CancellationToken cancellationToken)
        where T : class
    {
        using var document = await api.QueryAsync(query, variables, cancellationToken);
        if (!document.RootElement.TryGetProperty("data", out var data)
            || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty(field, out var value)
            || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return value.Deserialize<T>(Json);
    }
}
