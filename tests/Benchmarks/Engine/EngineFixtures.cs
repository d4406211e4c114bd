using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RightHelp.Benchmarks.Engine.Library;
using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Types;

namespace RightHelp.Benchmarks.Engine;

/// <summary>
/// The files in Engine/Fixtures (copied next to the assembly), shared with graphql-js/bench.mjs so both
/// engines parse, validate and execute exactly the same text against the same schema and data.
/// </summary>
public sealed class EngineFixtures
{
    private EngineFixtures(string directory)
    {
        string Read(string name) => File.ReadAllText(Path.Combine(directory, name));
        Sdl = Read("schema.graphql");
        Query = Read("query.graphql");
        IntrospectionQuery = Read("introspection.graphql");
        using var variables = JsonDocument.Parse(Read("query.variables.json"));
        QueryVariables = variables.RootElement.Clone();
        Data = LibraryData.Parse(Read("library.json"));
        Schema = LibrarySchema.Build(Sdl, Data);
    }

    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Engine", "Fixtures");

    public string Sdl { get; }
    public string Query { get; }
    public string IntrospectionQuery { get; }
    public JsonElement QueryVariables { get; }
    public LibraryData Data { get; }
    public Schema Schema { get; }

    public static EngineFixtures Load() => new(Directory);

    /// <summary>
    /// An executor that, like graphql-js, applies no limits beyond the spec's rules: the production cost limit
    /// refuses the full introspection query, which graphql-js runs.
    /// </summary>
    public RequestExecutor CreateExecutor() => new(Schema, ExecutorOptions.GraphQLJsCompatible);

    public static RequestContext CreateContext() =>
        new() { Services = new ServiceCollection().BuildServiceProvider(), AllowMutations = false };

    public GraphQLRequest QueryRequest => new() { Query = Query, Variables = QueryVariables };

    public GraphQLRequest IntrospectionRequest => new() { Query = IntrospectionQuery };
}
