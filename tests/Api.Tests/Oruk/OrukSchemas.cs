using System.Text.Json.Nodes;
using NJsonSchema;

namespace RightHelp.Api.Tests.Oruk;

/// <summary>
/// The Open Referral UK schemas copied into <c>Oruk/Schemas</c>, compiled once. Their files carry
/// data-package keys that are not JSON Schema (<c>name</c>, <c>path</c>...), which are dropped
/// first; the cleaned copies sit side by side so the relative <c>$ref</c>s still resolve.
/// </summary>
public static class OrukSchemas
{
    private static readonly string[] NonSchemaKeys = ["name", "path", "datapackage_metadata", "tabular_required"];

    private static readonly Lazy<Task<IReadOnlyDictionary<string, JsonSchema>>> Compiled = new(CompileAsync);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Oruk", "Schemas");

    public static async Task<JsonSchema> GetAsync(string fileName) => (await Compiled.Value)[fileName];

    /// <summary>The <c>Page</c> schema of the API's OpenAPI document, for the paging fields of every list.</summary>
    public static async Task<JsonSchema> PageAsync()
    {
        var openApi = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Directory, "openapi.json")))!;
        var page = openApi["components"]!["schemas"]!["Page"]!.DeepClone().AsObject();
        page["required"] = new JsonArray("total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents");
        return await JsonSchema.FromJsonAsync(page.ToJsonString());
    }

    private static async Task<IReadOnlyDictionary<string, JsonSchema>> CompileAsync()
    {
        var cleaned = Path.Combine(Path.GetTempPath(), "righthelp-oruk-schemas-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(cleaned);
        string[] files = ["service.json", "service_list.json", "service_at_location_list.json", "organization.json", "taxonomy.json", "taxonomy_term.json"];
        foreach (var file in files)
        {
            var schema = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Directory, file)))!.AsObject();
            foreach (var key in NonSchemaKeys)
            {
                schema.Remove(key);
            }
            await File.WriteAllTextAsync(Path.Combine(cleaned, file), schema.ToJsonString());
        }
        var compiled = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            compiled[file] = await JsonSchema.FromFileAsync(Path.Combine(cleaned, file));
        }
        return compiled;
    }
}
