using System.Text.Json;
using RightHelp.GraphQL.Types;
using Xunit.Abstractions;

namespace RightHelp.GraphQL.Tests.GraphQLJs;

/// <summary>
/// A client that knows the schema only from our introspection sees the schema the SDL describes: graphql-js's
/// buildClientSchema of our introspection result prints (printSchema) exactly as its buildSchema of the SDL does.
/// </summary>
public sealed class IntrospectionRoundTripTests(ITestOutputHelper output)
{
    private static string ApiSdl() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "GraphQLJs", "api-schema.graphql"));

    [Fact]
    public async Task The_api_schema_builds_in_graphql_js()
    {
        var query = await GraphQLJsSchemas.IntrospectionQueryAsync();
        var sdl = ApiSdl();
        var introspection = await GraphQLJsSchemas.IntrospectAsync(SchemaBuilder.FromSdl(sdl).Build(), query);

        var trip = Assert.Single(await GraphQLJsSchemas.RoundTripAsync([("api", sdl, introspection)]));

        Assert.True(trip.Error is null, trip.Error);
        Assert.Contains("type Query {", trip.FromSdl);
        Assert.Contains("type Mutation {", trip.FromSdl);
    }

    [Fact]
    public async Task The_api_schema_survives_introspection_unchanged()
    {
        var query = await GraphQLJsSchemas.IntrospectionQueryAsync();
        var sdl = ApiSdl();
        var introspection = await GraphQLJsSchemas.IntrospectAsync(SchemaBuilder.FromSdl(sdl).Build(), query);

        var trip = Assert.Single(await GraphQLJsSchemas.RoundTripAsync([("api", sdl, introspection)]));

        Assert.True(trip.Error is null, trip.Error);
        Assert.Equal(trip.FromSdl, trip.FromIntrospection);
    }

    [Fact]
    public async Task Every_corpus_schema_we_accept_survives_introspection_unchanged()
    {
        var query = await GraphQLJsSchemas.IntrospectionQueryAsync();
        var schemas = new List<(string Id, string Sdl, string Introspection)>();
        foreach (var (id, sdl) in CorpusSchemas())
        {
            Schema schema;
            try
            {
                schema = SchemaBuilder.FromSdl(sdl).Build();
            }
            catch (SchemaException)
            {
                continue;
            }
            if (schema.ValidationErrors.Count == 0)
            {
                schemas.Add((id, sdl, await GraphQLJsSchemas.IntrospectAsync(schema, query)));
            }
        }

        var trips = await GraphQLJsSchemas.RoundTripAsync(schemas);

        output.WriteLine($"{trips.Count} corpus schemas round-tripped");
        // Most corpus schemas are invalid on purpose (schema validation cases); 26 valid ones when this was written.
        Assert.True(trips.Count >= 20, $"only {trips.Count} corpus schemas were checked");
        foreach (var trip in trips)
        {
            Assert.True(trip.Error is null, $"{trip.Id}: {trip.Error}");
            Assert.True(trip.FromSdl == trip.FromIntrospection, $"{trip.Id}:\n{trip.FromSdl}\n---- from introspection ----\n{trip.FromIntrospection}");
        }
    }

    /// <summary>Each distinct SDL of the differential corpora, named by the first case that uses it.</summary>
    private static IEnumerable<(string Id, string Sdl)> CorpusSchemas()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.jsonl").Where(f => !f.EndsWith(".expected.jsonl", StringComparison.Ordinal)).Order())
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                using var document = JsonDocument.Parse(line);
                var sdl = document.RootElement.GetProperty("sdl").GetString()!;
                if (seen.Add(sdl))
                {
                    yield return ($"{Path.GetFileNameWithoutExtension(file)}:{document.RootElement.GetProperty("id")}", sdl);
                }
            }
        }
    }
}
