using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RightHelp.Api.Bench;

/// <summary>The GraphQL DateTime scalar's format (whole seconds and an offset), so both endpoints send the same text.</summary>
public sealed class BenchDateTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
}
