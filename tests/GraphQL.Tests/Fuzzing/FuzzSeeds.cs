using System.Text;
using System.Text.Json;
using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Tests.Fuzzing;

/// <summary>
/// Valid starting documents: every case of the differential corpus with its own schema, and
/// documents walked from the Api's <c>schema.graphql</c> (fields, arguments, nested selections).
/// </summary>
internal static class FuzzSeeds
{
    public static IReadOnlyList<FuzzSeed> Load(ErrorLogger logger, Random random)
    {
        var seeds = new List<FuzzSeed>();
        var executors = new Dictionary<string, RequestExecutor?>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.jsonl").Where(f => !f.EndsWith(".expected.jsonl", StringComparison.Ordinal)))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.GetProperty("query").GetString() is not { } query || root.GetProperty("sdl").GetString() is not { } sdl)
                {
                    continue;
                }
                if (!executors.TryGetValue(sdl, out var executor))
                {
                    executor = executors[sdl] = TryExecutor(sdl, logger);
                }
                if (executor is not null)
                {
                    seeds.Add(new FuzzSeed(root.GetProperty("id").GetString()!, query, executor.Schema.QueryType!.Name, executor));
                }
            }
        }

        var apiSdl = File.ReadAllText(ApiSchemaPath());
        var api = TryExecutor(apiSdl, logger)
            ?? throw new InvalidOperationException("The Api's schema.graphql did not build.");
        seeds.Add(new FuzzSeed("schema.graphql as a document", apiSdl, api.Schema.QueryType!.Name, api));
        for (var i = 0; i < 200; i++)
        {
            var mutation = api.Schema.MutationType is { } m && random.Next(3) == 0 ? m : null;
            var type = mutation ?? api.Schema.QueryType;
            var builder = new StringBuilder(mutation is null ? "query Walk " : "mutation Walk ");
            Select(builder, type, random, depth: 0);
            seeds.Add(new FuzzSeed("schema.graphql walk " + i, builder.ToString(), api.Schema.QueryType.Name, api));
        }
        return seeds;
    }

    /// <summary>
    /// Small, so each executor's document cache is full (and evicting) early in a run: the heap the fuzz test
    /// watches then shows leaks, not hundreds of executors slowly filling caches of a thousand documents.
    /// </summary>
    private const int FuzzCacheSize = 32;

    private static RequestExecutor? TryExecutor(string sdl, ErrorLogger logger)
    {
        try
        {
            var schema = SchemaBuilder.FromSdl(sdl).Build();
            return schema.ValidationErrors.Count == 0 && schema.QueryType is not null
                ? new RequestExecutor(schema, new ExecutorOptions { AllowIntrospection = true, DocumentCacheSize = FuzzCacheSize }, logger)
                : null;
        }
        catch (SchemaException)
        {
            return null;
        }
    }

    private static void Select(StringBuilder builder, ComplexType type, Random random, int depth)
    {
        builder.Append("{ ");
        var count = 1 + random.Next(Math.Min(4, type.Fields.Count));
        for (var i = 0; i < count; i++)
        {
            var field = type.Fields[random.Next(type.Fields.Count)];
            builder.Append(field.Name);
            var arguments = field.Arguments.Where(a => a.Type.IsNonNull || random.Next(3) == 0).ToList();
            if (arguments.Count > 0)
            {
                builder.Append('(').AppendJoin(", ", arguments.Select(a => a.Name + ": " + Literal(a.Type, random, 0))).Append(')');
            }
            builder.Append(' ');
            if (field.Type.Named is ComplexType inner)
            {
                if (depth < 4)
                {
                    Select(builder, inner, random, depth + 1);
                }
                else
                {
                    builder.Append("{ __typename } ");
                }
            }
            else if (field.Type.Named is UnionType)
            {
                builder.Append("{ __typename } ");
            }
        }
        builder.Append("} ");
    }

    private static string Literal(GraphQLType type, Random random, int depth) => type.Nullable switch
    {
        ListType list => "[" + Literal(list.OfType, random, depth + 1) + "]",
        _ => type.Named switch
        {
            EnumType e when e.Values.Count > 0 => e.Values[random.Next(e.Values.Count)].Name,
            InputObjectType input when depth < 3 => "{ " + string.Join(", ", input.Fields.Where(f => f.Type.IsNonNull || random.Next(2) == 0)
                .Select(f => f.Name + ": " + Literal(f.Type, random, depth + 1))) + " }",
            InputObjectType => "{}",
            { Name: "Int" } => random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture),
            { Name: "Float" } => "1.5",
            { Name: "Boolean" } => random.Next(2) == 0 ? "true" : "false",
            { Name: "Date" } => "\"2026-11-24\"",
            { Name: "DateTime" } => "\"2026-11-24T10:00:00Z\"",
            _ => "\"x" + random.Next(1000) + "\"",
        },
    };

    private static string ApiSchemaPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Api", "schema.graphql");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("src/Api/schema.graphql was not found above " + AppContext.BaseDirectory);
    }
}
