using System.Collections;
using System.Globalization;
using System.Text.Json;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Execution;

/// <summary>Writes response values (result maps, lists, serialized leaves, raw JSON) with Utf8JsonWriter.</summary>
public static class ResultWriter
{
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case ResultMap map:
                writer.WriteStartObject();
                for (var i = 0; i < map.SlotCount; i++)
                {
                    if (!map.IsOmitted(i))
                    {
                        writer.WritePropertyName(map.EncodedKeyAt(i));
                        WriteValue(writer, map.ValueAt(i));
                    }
                }
                writer.WriteEndObject();
                break;
            case object?[] array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                WriteDouble(writer, d);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case float f:
                WriteDouble(writer, f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IReadOnlyDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable enumerable:
                writer.WriteStartArray();
                foreach (var item in enumerable)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                break;
            case DateTimeOffset dto:
                writer.WriteStringValue(dto);
                break;
            case DateTime dt:
                writer.WriteStringValue(dt);
                break;
            case Guid g:
                writer.WriteStringValue(g);
                break;
            default:
                if (BuiltInNumber(value, out var number))
                {
                    WriteDouble(writer, number);
                }
                else
                {
                    writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                }
                break;
        }
    }

    private static bool BuiltInNumber(object value, out double number) => Types.BuiltInScalars.TryNumber(value, out number);

    /// <summary>Integral doubles are written without a fraction, as JSON.stringify does; non-finite as null.</summary>
    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (!double.IsFinite(d))
        {
            writer.WriteNullValue();
        }
        else if (d == Math.Floor(d) && Math.Abs(d) < 9007199254740992d)
        {
            writer.WriteNumberValue((long)d);
        }
        else
        {
            writer.WriteRawValue(JsFormat.Number(d), skipInputValidation: true);
        }
    }
}
