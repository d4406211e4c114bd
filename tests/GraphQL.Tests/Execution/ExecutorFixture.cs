using System.Text;
using System.Text.Json;
using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Tests.Execution;

/// <summary>Helpers to run a request and read its JSON as a client would.</summary>
internal static class ExecutorFixture
{
    public static async Task<(ExecutionResult Result, string Json)> Run(IRequestExecutor executor, string query,
        string? variables = null, bool allowMutations = true, string? operationName = null, string? documentId = null)
    {
        var request = new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            DocumentId = documentId,
            Variables = variables is null ? null : JsonDocument.Parse(variables).RootElement.Clone(),
        };
        var result = await executor.ExecuteAsync(request, new RequestContext { Services = EmptyServices.Instance, AllowMutations = allowMutations }, CancellationToken.None);
        return (result, Write(result));
    }

    public static string Write(ExecutionResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions.Writer))
        {
            result.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
