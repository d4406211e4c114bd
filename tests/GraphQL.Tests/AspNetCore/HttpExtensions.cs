using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace RightHelp.GraphQL.Tests.AspNetCore;

internal static class HttpExtensions
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static Task<HttpResponseMessage> PostGraphQLAsync(this HttpClient client, string body, string? accept = null, string? contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostQueryAsync(this HttpClient client, string query, string? accept = null) =>
        client.PostGraphQLAsync(JsonSerializer.Serialize(new { query }), accept);

    public static Task<HttpResponseMessage> GetGraphQLAsync(this HttpClient client, string pathAndQuery, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return client.SendAsync(request);
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;
}
