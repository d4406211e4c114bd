using System.Text.Encodings.Web;
using System.Text.Json;

namespace RightHelp.GraphQL.Utilities;

/// <summary>Shared serializer settings: escape only what JSON requires, as JSON.stringify does.</summary>
public static class JsonOptions
{
    public static JsonSerializerOptions Relaxed { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonWriterOptions Writer { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
