using System.Text.Json;

namespace RightHelp.GraphQL.Execution;

/// <summary>The outcome of one request (spec 7.1).</summary>
public sealed class ExecutionResult
{
    private ExecutionResult(RequestErrorKind kind, bool hasData, object? data, IReadOnlyList<GraphQLError> errors)
    {
        RequestError = kind;
        HasData = hasData;
        Data = data;
        Errors = errors;
    }

    /// <summary>None when execution began.</summary>
    public RequestErrorKind RequestError { get; }

    /// <summary>False for request errors: no "data" key at all.</summary>
    public bool HasData { get; }
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>The data: a <see cref="ResultMap"/>, or null when a non-null root field failed.</summary>
    public object? Data { get; }
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public static ExecutionResult Failure(RequestErrorKind kind, IReadOnlyList<GraphQLError> errors) => new(kind, false, null, errors);

    public static ExecutionResult Failure(RequestErrorKind kind, GraphQLError error) => new(kind, false, null, [error]);

    /// <summary>The same result with its errors reworded.</summary>
    internal ExecutionResult WithErrors(IReadOnlyList<GraphQLError> errors) => new(RequestError, HasData, Data, errors) { Extensions = Extensions };

    internal static ExecutionResult Executed(object? data, IReadOnlyList<GraphQLError> errors) => new(RequestErrorKind.None, true, data, errors);

    /// <summary>
    /// Writes {"errors":[...],"data":...,"extensions":...} per spec 7.1 (errors first when present,
    /// as graphql-js does), keys of data in field order.
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in Errors)
            {
                WriteError(writer, error);
            }
            writer.WriteEndArray();
        }
        if (HasData)
        {
            writer.WritePropertyName("data");
            ResultWriter.WriteValue(writer, Data);
        }
        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            ResultWriter.WriteValue(writer, Extensions);
        }
        writer.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
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
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }
            writer.WriteEndArray();
        }
        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            ResultWriter.WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }
}
