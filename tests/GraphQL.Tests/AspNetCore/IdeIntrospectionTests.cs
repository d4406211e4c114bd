using System.Net;
using System.Text.Json;

namespace RightHelp.GraphQL.Tests.AspNetCore;

/// <summary>The IDE needs graphql-js's full introspection query to pass the engine's default limits.</summary>
public sealed class IdeIntrospectionTests
{
    [Fact]
    public async Task Development_answers_the_introspection_query_graphiql_sends()
    {
        var auditDirectory = GraphQLHttpAuditTests.AuditDirectory();
        await NpmInstall.EnsureAsync(auditDirectory);
        var (exitCode, query, stderr) = await GraphQLHttpAuditTests.RunAsync(
            "node", auditDirectory, "--input-type=module", "-e",
            "import { getIntrospectionQuery } from 'graphql'; process.stdout.write(getIntrospectionQuery({ inputValueDeprecation: true }));");
        Assert.True(exitCode == 0, stderr);
        await using var host = await GraphQLTestHost.StartAsync("Development");

        var response = await host.Client.PostGraphQLAsync(
            JsonSerializer.Serialize(new { query, operationName = "IntrospectionQuery" }),
            HttpExtensions.GraphQLResponseJson);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var document = JsonDocument.Parse(body);
        Assert.False(document.RootElement.TryGetProperty("errors", out _), body);
        var types = document.RootElement.GetProperty("data").GetProperty("__schema").GetProperty("types");
        Assert.Contains(types.EnumerateArray(), type => type.GetProperty("name").GetString() == "Mutation");
    }
}
