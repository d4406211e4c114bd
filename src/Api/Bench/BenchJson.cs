using System.Text.Json;
using System.Text.Json.Serialization;

namespace RightHelp.Api.Bench;

/// <summary>Writes what the GraphQL endpoint writes: camelCase names, UPPER_SNAKE enums, dates and times as its scalars do.</summary>
public static class BenchJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters =
        {
            new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper),
            new BenchDateTimeConverter(),
        },
    };
}
