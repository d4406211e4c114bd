using System.Text.Json;
using System.Text.Json.Serialization;

namespace RightHelp.Api.Oruk;

/// <summary>Open Referral UK's wire format: snake_case names, and empty optional fields left out.</summary>
public static class OrukJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
