using System.Text.Json;
using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Tests.AspNetCore;
using RightHelp.GraphQL.Tests.Execution;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Tests.GraphQLJs;

/// <summary>
/// graphql-js 17.1.0 (tests/GraphQL.Tests/GraphQLJs, installed with npm ci on first use, as the audit folder is)
/// looking at our schemas: its printSchema of buildSchema(SDL) next to its printSchema of buildClientSchema of our
/// introspection result.
/// </summary>
internal static class GraphQLJsSchemas
{
    public static string Directory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "GraphQL.Tests", "GraphQLJs");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("tests/GraphQL.Tests/GraphQLJs was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>graphql-js's introspection query with every option on (descriptions, specifiedByURL, isRepeatable, oneOf, deprecations).</summary>
    public static async Task<string> IntrospectionQueryAsync()
    {
        var directory = Directory();
        await NpmInstall.EnsureAsync(directory);
        var (exitCode, query, stderr) = await GraphQLHttpAuditTests.RunAsync("node", directory, "schemas.mjs", "introspection-query");
        Assert.True(exitCode == 0, stderr);
        return query;
    }

    /// <summary>Our introspection result (the whole response, as JSON) for graphql-js's introspection query.</summary>
    public static async Task<string> IntrospectAsync(Schema schema, string introspectionQuery)
    {
        var (result, json) = await ExecutorFixture.Run(new RequestExecutor(schema, ExecutorOptions.GraphQLJsCompatible), introspectionQuery);
        Assert.True(result.Errors.Count == 0, json);
        return json;
    }

    /// <summary>Runs graphql-js over (id, SDL, our introspection JSON) triples, one node process for all.</summary>
    public static async Task<List<RoundTrip>> RoundTripAsync(IEnumerable<(string Id, string Sdl, string Introspection)> schemas)
    {
        var directory = Directory();
        await NpmInstall.EnsureAsync(directory);
        var input = Path.Combine(Path.GetTempPath(), $"righthelp-round-trip-{Guid.NewGuid():N}.jsonl");
        try
        {
            await File.WriteAllLinesAsync(input, schemas.Select(s =>
                $"{{\"id\":{JsonSerializer.Serialize(s.Id)},\"sdl\":{JsonSerializer.Serialize(s.Sdl)},\"introspection\":{s.Introspection}}}"));
            var (exitCode, stdout, stderr) = await GraphQLHttpAuditTests.RunAsync("node", directory, "schemas.mjs", "round-trip", input);
            Assert.True(exitCode == 0, stderr);
            return [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonSerializer.Deserialize<RoundTrip>(line, JsonOptions)!)];
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
