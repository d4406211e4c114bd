using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RightHelp.GraphQL.Utilities;

/// <summary>Formats runtime values the way graphql-js's inspect() and JSON.stringify do, for error messages.</summary>
public static class JsFormat
{
    /// <summary>JavaScript's Number#toString for a double.</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == Math.Floor(value) && Math.Abs(value) < 1e21)
        {
            return value.ToString("F0", CultureInfo.InvariantCulture);
        }
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E');
        if (e < 0)
        {
            return text;
        }
        var mantissa = text[..e];
        var exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
        if (exponent >= -7 && exponent < 21)
        {
            return ((decimal)value).ToString(CultureInfo.InvariantCulture);
        }
        return mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
    }

    public static string Quote(string value) => JsonSerializer.Serialize(value, JsonOptions.Relaxed);

    public static string Inspect(object? value) => Inspect(value, 0);

    private static string Inspect(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return "null";
            case string s:
                return Quote(s);
            case bool b:
                return b ? "true" : "false";
            case double d:
                return Number(d);
            case float f:
                return Number(f);
            case int or long or short or byte or uint or ulong or ushort or sbyte:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case decimal m:
                return Number((double)m);
            case JsonElement element:
                return Inspect(JsonValues.ToPlain(element), depth);
            case IDictionary<string, object?> map:
                {
                    if (map.Count == 0)
                    {
                        return "{}";
                    }
                    if (depth > 2)
                    {
                        return "[Object]";
                    }
                    var builder = new StringBuilder("{ ");
                    var first = true;
                    foreach (var (key, item) in map)
                    {
                        if (!first)
                        {
                            builder.Append(", ");
                        }
                        first = false;
                        builder.Append(key).Append(": ").Append(Inspect(item, depth + 1));
                    }
                    return builder.Append(" }").ToString();
                }
            case IEnumerable list:
                {
                    var items = new List<object?>();
                    foreach (var item in list)
                    {
                        items.Add(item);
                    }
                    if (items.Count == 0)
                    {
                        return "[]";
                    }
                    if (depth > 2)
                    {
                        return "[Array]";
                    }
                    var shown = Math.Min(10, items.Count);
                    var parts = new List<string>();
                    for (var i = 0; i < shown; i++)
                    {
                        parts.Add(Inspect(items[i], depth + 1));
                    }
                    var remaining = items.Count - shown;
                    if (remaining == 1)
                    {
                        parts.Add("... 1 more item");
                    }
                    else if (remaining > 1)
                    {
                        parts.Add($"... {remaining} more items");
                    }
                    return "[" + string.Join(", ", parts) + "]";
                }
            default:
                return value.ToString() ?? string.Empty;
        }
    }
}
