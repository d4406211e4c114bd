using System.Net;
using System.Text.Json.Nodes;

namespace RightHelp.Api.Tests.Oruk;

/// <summary>One answer from the API, read as JSON.</summary>
public sealed record OrukResponse(string Path, HttpStatusCode Status, string? ContentType, string? AllowOrigin, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    public static async Task<OrukResponse> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var allowOrigin = response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? string.Join(",", values) : null;
        return new OrukResponse(path, response.StatusCode, response.Content.Headers.ContentType?.MediaType, allowOrigin, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Paths to every null, empty string or empty array: Open Referral UK leaves empty optional fields out.</summary>
    public IEnumerable<string> EmptyFields()
    {
        var found = new List<string>();
        Walk(Json, "$", found);
        return found;
    }

    private static void Walk(JsonNode? node, string path, List<string> found)
    {
        switch (node)
        {
            case null:
                found.Add(path);
                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    Walk(value, path + "." + key, found);
                }
                break;
            case JsonArray array:
                if (array.Count == 0 && path != "$.contents")
                {
                    found.Add(path);
                }
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", found);
                }
                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.Length == 0:
                found.Add(path);
                break;
        }
    }
}
