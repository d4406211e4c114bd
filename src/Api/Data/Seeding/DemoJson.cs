using System.Text.Json.Nodes;

namespace RightHelp.Api.Data.Seeding;

/// <summary>Reads the demo data files embedded under <c>Data/Seeding/Json</c>.</summary>
public static class DemoJson
{
    public static JsonNode Load(string fileName)
    {
        var assembly = typeof(DemoJson).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Seeding.Json." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return JsonNode.Parse(stream) ?? throw new InvalidOperationException($"{fileName} is empty.");
    }

    public static string Text(this JsonNode node, string property)
        => node[property]?.GetValue<string>() ?? throw new InvalidOperationException($"Missing \"{property}\" in {node.ToJsonString()}");

    public static string? OptionalText(this JsonNode node, string property) => node[property]?.GetValue<string>();

    public static int? OptionalInt(this JsonNode node, string property) => node[property]?.GetValue<int>();

    public static bool Flag(this JsonNode node, string property) => node[property]?.GetValue<bool>() ?? false;

    public static TimeOnly? OptionalTime(this JsonNode node, string property)
        => node.OptionalText(property) is { } text ? TimeOnly.ParseExact(text, "HH:mm", System.Globalization.CultureInfo.InvariantCulture) : null;

    public static TEnum Enum<TEnum>(this JsonNode node, string property) where TEnum : struct, System.Enum
        => System.Enum.Parse<TEnum>(node.Text(property));

    public static IEnumerable<JsonNode> Items(this JsonNode node) => node.AsArray().Select(n => n!);
}
