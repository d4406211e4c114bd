using System.Text.Json;

namespace RightHelp.GraphQL.Execution;

public sealed class ExecutionResult(RequestErrorKind requestError, JsonElement? data, IReadOnlyList<GraphQLError> errors)
{
    public RequestErrorKind RequestError { get; } = requestError;
    public bool HasData => data is not null;
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in Errors)
            {
                writer.WriteStartObject();
                writer.WriteString("message", error.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (data is { } value)
        {
            writer.WritePropertyName("data");
            value.WriteTo(writer);
        }
        writer.WriteEndObject();
    }
}
