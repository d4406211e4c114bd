using System.Text.Json;
using RightHelp.Api.Tests.GraphQL;

namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>Reads a matrix response as <see cref="Outcome"/>; see there for what each means.</summary>
public static class OutcomeReader
{
    private static readonly HashSet<string> DenialCodes = ["FORBIDDEN", "NOT_FOUND"];
    private static readonly HashSet<string> DenialErrors = ["NotAllowed", "NotYourFamily", "NotFound"];

    public static async Task<Verdict> RunAsync(MatrixApiServer server, MatrixRequest request, MatrixRole role)
    {
        if (request.Path is { } path)
        {
            var (status, body) = await server.GetAsync(path, role);
            return status switch
            {
                200 => new(Outcome.Allowed, "200"),
                401 or 403 or 404 => new(Outcome.Denied, status.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                _ => new(Outcome.Broken, $"{status}: {body[..Math.Min(body.Length, 300)]}"),
            };
        }
        return Read(request, await server.PostAsync(request.Document!, role));
    }

    public static Verdict Read(MatrixRequest request, GraphQLResponse response)
    {
        var errors = response.HasErrors ? response.Root.GetProperty("errors").EnumerateArray().ToList() : [];
        var unexpected = errors.Where(e => !DenialCodes.Contains(Code(e))).ToList();
        if (unexpected.Count > 0)
        {
            return new(Outcome.Broken, "errors: " + string.Join("; ", unexpected.Select(Describe)));
        }
        var value = response.Root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty(request.Field!, out var field) ? field : default;
        var refused = errors.Count == 0 ? "no error" : string.Join("; ", errors.Select(Describe));

        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return new(Outcome.Denied, "null, " + refused);
        }
        if (request.NodeType is { } nodeType && value.GetProperty("__typename").GetString() is var typeName && typeName != nodeType)
        {
            return new(Outcome.Denied, $"a {typeName}, not a {nodeType}");
        }
        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("errors", out var payloadErrors) && payloadErrors.ValueKind == JsonValueKind.Array)
        {
            return Payload(value, payloadErrors, errors);
        }
        var items = value.ValueKind == JsonValueKind.Array ? value
            : value.ValueKind == JsonValueKind.Object && value.TryGetProperty("nodes", out var nodes) ? nodes : default;
        if (items.ValueKind == JsonValueKind.Array && items.GetArrayLength() == 0)
        {
            return errors.Count == 0 ? new(Outcome.Denied, "an empty list") : new(Outcome.Broken, "an empty list with " + refused);
        }
        return errors.Count == 0
            ? new(Outcome.Allowed, "data")
            : new(Outcome.Broken, "data shown next to " + refused);
    }

    private static Verdict Payload(JsonElement payload, JsonElement payloadErrors, List<JsonElement> errors)
    {
        var types = payloadErrors.EnumerateArray().Select(e => e.GetProperty("__typename").GetString() ?? "").ToList();
        var shown = payload.EnumerateObject()
            .Where(p => p.Name is not ("errors" or "__typename" or "needsHelpNow"))
            .Where(p => p.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.False))
            .Select(p => p.Name)
            .ToList();
        if (types.Count == 0 && errors.Count == 0 && shown.Count > 0)
        {
            return new(Outcome.Allowed, "payload with " + string.Join(", ", shown));
        }
        if (types.Count > 0 && types.All(DenialErrors.Contains) && shown.Count == 0)
        {
            return new(Outcome.Denied, string.Join(", ", types));
        }
        return new(Outcome.Broken, $"payload errors [{string.Join(", ", types)}] with [{string.Join(", ", shown)}]: {payload}");
    }

    private static string Code(JsonElement error)
        => error.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "";

    private static string Describe(JsonElement error)
        => $"{error.GetProperty("message").GetString()} [{Code(error)}]"
           + (error.TryGetProperty("path", out var path) ? " at " + string.Join(".", path.EnumerateArray().Select(p => p.ToString())) : "");
}
