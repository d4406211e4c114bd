using System.Text;
using System.Text.Json;
using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Types;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Exec;

/// <summary>
/// Runs differential cases with the conventions of shared/graphql/reference.mjs: the default resolver reads the
/// property of the source object, {"$echoArgs": true} returns the coerced arguments, {"$error": "msg"} throws
/// msg, abstract types resolve by __typename, resolver messages are not masked.
/// </summary>
public static class CaseRunner
{
    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }

    public static async Task<List<string>> RunAllAsync(IEnumerable<string> lines)
    {
        var outputs = new List<string>();
        foreach (var line in lines)
        {
            outputs.Add(await RunAsync(line).ConfigureAwait(false));
        }
        return outputs;
    }

    public static async Task<string> RunAsync(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var id = root.GetProperty("id");
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions.Writer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            id.WriteTo(writer);
            writer.WritePropertyName("result");
            Schema schema;
            try
            {
                schema = SchemaBuilder.FromSdl(root.GetProperty("sdl").GetString() ?? string.Empty)
                    .DefaultResolver(Resolve)
                    .BuildUnvalidated();
            }
            catch (SchemaException ex)
            {
                writer.WriteStartObject();
                writer.WriteString("schemaError", ex.Message);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.Flush();
                return Encoding.UTF8.GetString(buffer.ToArray());
            }
            var rootValue = root.TryGetProperty("rootValue", out var rv) && rv.ValueKind != JsonValueKind.Null
                ? JsonValues.ToPlain(rv)
                : new Dictionary<string, object?>();
            var executor = new RequestExecutor(schema, ExecutorOptions.GraphQLJsCompatible) { RootValue = _ => rootValue };
            var request = new GraphQLRequest
            {
                Query = root.TryGetProperty("query", out var q) ? q.GetString() : null,
                OperationName = root.TryGetProperty("operationName", out var op) && op.ValueKind == JsonValueKind.String ? op.GetString() : null,
                Variables = root.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object ? v.Clone() : null,
            };
            var result = await executor.ExecuteAsync(request, new RequestContext { Services = EmptyServices.Instance }, CancellationToken.None).ConfigureAwait(false);
            WriteResult(writer, result);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteResult(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in result.Errors)
            {
                writer.WriteStartObject();
                writer.WriteString("message", error.Message);
                if (error.Locations is { Count: > 0 } locations)
                {
                    writer.WritePropertyName("locations");
                    writer.WriteStartArray();
                    foreach (var location in locations)
                    {
                        writer.WriteStartObject();
                        writer.WriteNumber("line", location.Line);
                        writer.WriteNumber("column", location.Column);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                }
                if (error.Path is { } path)
                {
                    writer.WritePropertyName("path");
                    ResultWriter.WriteValue(writer, path);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (result.HasData)
        {
            writer.WritePropertyName("data");
            ResultWriter.WriteValue(writer, result.Data);
        }
        writer.WriteEndObject();
    }

    private static ValueTask<object?> Resolve(ResolveContext context)
    {
        var value = DefaultFieldResolver.Read(context.Source, context.Field.Name);
        if (value is IDictionary<string, object?> map)
        {
            if (map.TryGetValue("$echoArgs", out var echo) && echo is true)
            {
                return new ValueTask<object?>(new Dictionary<string, object?>(context.Arguments));
            }
            if (map.TryGetValue("$error", out var error) && error is string message)
            {
                throw new InvalidOperationException(message);
            }
        }
        return new ValueTask<object?>(value);
    }
}
