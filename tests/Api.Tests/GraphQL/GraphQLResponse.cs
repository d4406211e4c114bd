using System.Text.Json;

namespace RightHelp.Api.Tests.GraphQL;

public sealed record GraphQLResponse(JsonElement Root, string Json)
{
    public JsonElement Data => Root.GetProperty("data");

    public bool HasErrors => Root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    public IReadOnlyList<string> ErrorCodes => HasErrors
        ? [.. Root.GetProperty("errors").EnumerateArray().Select(e =>
            e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var code) ? code.GetString() ?? "" : e.GetProperty("message").GetString() ?? "")]
        : [];

    /// <summary>The data, failing the test with the whole response when there were errors.</summary>
    public JsonElement Ok()
    {
        Assert.False(HasErrors, Json);
        return Data;
    }

    public override string ToString() => Json;
}
