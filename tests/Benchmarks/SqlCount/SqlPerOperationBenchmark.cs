using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Npgsql;
using RightHelp.Api.Data;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.Extensions;
using RightHelp.Api.GraphQL;
using RightHelp.Benchmarks.DirectoryData;
using RightHelp.Benchmarks.Memory;
using RightHelp.Benchmarks.Report;
using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.ServiceDefaults;

namespace RightHelp.Benchmarks.SqlCount;

/// <summary>
/// Issue 8, part 3: SQL commands per GraphQL operation for every operation the Portal sends, over the demo
/// data (N) and again once every list is ten times longer (10N). A count that grows with N is an N+1.
/// Each query runs as the demo account, and with the record ids, that give it the most data without
/// errors, so no query needs hand-written variables. Each mutation runs with the variables in
/// <see cref="MutationCalls"/>, as the first demo account it succeeds for (no errors, none in its payload),
/// inside a transaction that is rolled back, so every run (warm-up, N, 10N) changes the same data.
/// </summary>
public sealed class SqlPerOperationBenchmark(string adminConnectionString, TextWriter log)
{
    private const int Factor = 10;

    // Family A's records (its parent, young person and practitioner are demo accounts), then a few of everything else.
    private static readonly (string Type, string Sql)[] IdSources =
    [
        ("Plan", $"SELECT id FROM plans WHERE family_id = '{DemoFamiliesNorth.HarlowFamily}' ORDER BY started_on"),
        ("Meeting", $"SELECT id FROM meetings WHERE family_id = '{DemoFamiliesNorth.HarlowFamily}' ORDER BY starts_at DESC LIMIT 3"),
        ("Question", $"SELECT id FROM questions WHERE family_id = '{DemoFamiliesNorth.HarlowFamily}' ORDER BY asked_at LIMIT 2"),
        ("Service", "SELECT id FROM services ORDER BY id LIMIT 2"),
        ("Offer", "SELECT id FROM offers ORDER BY id LIMIT 2"),
        ("Feedback", "SELECT id FROM feedback ORDER BY id LIMIT 2"),
        ("ListingChange", "SELECT id FROM listing_changes ORDER BY id LIMIT 2"),
        // The demo manager's own locality first: a manager's summaries and lists are of the localities they cover.
        ("Locality", $"SELECT id FROM localities ORDER BY id <> '{DemoLocalities.North}', name LIMIT 3"),
    ];

    public async Task<(IReadOnlyList<ResultRow> Rows, string Markdown, long AllocatedPerPlanQuery, long AllocatedPerPlainPlan)> RunAsync()
    {
        var name = $"bench_sql_{Environment.ProcessId}";
        await ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await ExecuteAsync(adminConnectionString, $"CREATE DATABASE \"{name}\"");
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
            await new SqlMigrator(connectionString, typeof(DataExtensions).Assembly).MigrateAsync();
            await using (var seedDb = new PortalDbContext(DataExtensions.PortalDbContextOptions(connectionString)))
            {
                await new DemoDataSeeder(seedDb, TimeProvider.System).SeedAsync(new HostingEnvironment { EnvironmentName = Environments.Development });
            }
            await using var api = new InProcessApi(connectionString);
            var ids = await IdsAsync(connectionString);
            var operations = PortalOperations.All();
            var mutationIds = await IdsAsync(connectionString, MutationCalls.IdSources);
            var chosen = new List<(PortalOperation Operation, string Principal, ClaimsPrincipal? User, Dictionary<string, object?> Variables, int AtN)>();
            var unmeasured = new List<(PortalOperation Operation, string Why)>();
            foreach (var operation in operations)
            {
                var (found, lastError) = operation.Kind == OperationType.Mutation
                    ? await FindWorkingMutationAsync(api, operation, mutationIds)
                    : await FindWorkingCallAsync(api, operation, ids);
                if (found is null)
                {
                    unmeasured.Add((operation, operation.Kind == OperationType.Mutation
                        ? $"mutation: {lastError}"
                        : $"no demo account and record gave it data without errors (last error: {lastError})"));
                    log.WriteLine($"  {operation.Name,-28} not counted: {lastError}");
                    continue;
                }
                if (operation.Kind == OperationType.Mutation)
                {
                    // The variables a mutation ran with, so its count can be reproduced by hand.
                    log.WriteLine($"  {operation.Name,-28} mutation as {found.Value.Principal}: {System.Text.Json.JsonSerializer.Serialize(found.Value.Variables)}");
                }
                chosen.Add((operation, found.Value.Principal, found.Value.User, found.Value.Variables, (await CountAsync(api, operation, found.Value.User, found.Value.Variables)).Commands));
            }

            var (allocated, plainAllocated) = await PlanAllocations.MeasureAsync(api, ids["Plan"][0]);

            log.WriteLine($"  {chosen.Count} operations measured at N; growing every list {Factor} times ...");
            var growth = await DataGrowth.GrowAsync(connectionString, Factor);
            var services = await CountServicesAsync(connectionString);
            await new SyntheticDirectory().AddAsync(connectionString, (int)services * (Factor - 1));

            var rows = new List<ResultRow>();
            var md = new StringBuilder();
            md.AppendLine().AppendLine("## SQL commands per operation").AppendLine();
            md.AppendLine("Every operation the Portal sends (found in its assembly), run in process through the production schema and");
            md.AppendLine("registrations. A query runs as the demo account, and with the records, that get the most data without errors; a mutation");
            md.AppendLine("runs with the variables its page sends, as the first demo account it succeeds for, inside a transaction that is rolled back");
            md.AppendLine("(its writes and audit rows counted, the same data each run). SQL commands counted by an EF Core");
            md.AppendLine(CultureInfo.InvariantCulture, $"interceptor over the demo data (N) and once every list is {Factor} times longer (10N). Met: the count does not grow.").AppendLine();
            md.AppendLine("| operation | kind | as | commands at N | commands at 10N | of which write (audit) | grows |").AppendLine("|---|---|---|---:|---:|---:|---|");
            foreach (var (operation, principal, user, variables, atN) in chosen)
            {
                var (at10N, writes, auditWrites) = await CountAsync(api, operation, user, variables);
                var grows = at10N > atN;
                var kind = operation.Kind == OperationType.Mutation ? "mutation" : "query";
                log.WriteLine($"  {operation.Name,-28} {kind,-8} as {principal,-13} {atN,3} commands at N, {at10N,3} at 10N ({writes} write, {auditWrites} audit){(grows ? "  GROWS" : "")}");
                md.AppendLine(CultureInfo.InvariantCulture, $"| {operation.Name} | {kind} | {principal} | {atN} | {at10N} | {writes} ({auditWrites}) | {(grows ? "**yes**" : "no")} |");
                rows.Add(new ResultRow($"sql-{operation.Name}", at10N, atN, "SQL commands", Math.Round((double)at10N / Math.Max(1, atN), 2), 1, !grows,
                    Note: "ours: at 10N; peer: at N"));
            }
            md.AppendLine().AppendLine("Not counted:").AppendLine();
            if (unmeasured.Count == 0)
            {
                md.AppendLine("- none");
            }
            foreach (var (operation, why) in unmeasured)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {operation.Name} (`{operation.Declared}`): {why}");
            }
            md.AppendLine().AppendLine("Rows at N and 10N:").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"- services: {services:N0} → {await CountServicesAsync(connectionString):N0}");
            foreach (var (table, before, after, problem) in growth)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {table}: {before:N0} → {after:N0}{(problem is null ? "" : $" (not grown: {problem})")}");
            }
            return (rows, md.ToString(), allocated, plainAllocated);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static async Task<((string Principal, ClaimsPrincipal? User, Dictionary<string, object?> Variables)? Found, string? LastError)> FindWorkingCallAsync(
        InProcessApi api, PortalOperation operation, IReadOnlyDictionary<string, List<string>> ids)
    {
        string? lastError = "no values to try";
        var errors = new SortedDictionary<string, string>(StringComparer.Ordinal);
        (string Principal, ClaimsPrincipal? User, Dictionary<string, object?> Variables)? best = null;
        var mostData = 0;
        foreach (var variables in Candidates(operation, ids))
        {
            foreach (var (principal, user) in Principals.All)
            {
                var result = await api.ExecuteAsync(operation.Document, user, variables);
                // The call that returns the most data exercises the most resolvers, so it is the one worth counting.
                if (result.Errors.Count == 0 && DataLength(result) is var length and > 0 && length > mostData)
                {
                    (best, mostData) = ((principal, user, variables), length);
                }
                else if (result.Errors.Count > 0)
                {
                    lastError = result.Errors[0].Message;
                    errors[principal] = $"{principal}: {result.Errors[0].Message} ({string.Join(".", result.Errors[0].Path ?? [])})";
                }
                else
                {
                    errors[principal] = $"{principal}: no data";
                }
            }
        }
        return (best, best is null ? (errors.Count > 0 ? string.Join("; ", errors.Values) : lastError) : null);
    }

    /// <summary>
    /// The first demo account, and variable set from <see cref="MutationCalls"/>, for which the mutation succeeds:
    /// no errors, none in its payload. Each try is rolled back, so trying changes nothing.
    /// </summary>
    private static async Task<((string Principal, ClaimsPrincipal? User, Dictionary<string, object?> Variables)? Found, string? LastError)> FindWorkingMutationAsync(
        InProcessApi api, PortalOperation operation, IReadOnlyDictionary<string, List<string>> ids)
    {
        if (MutationCalls.For(operation.Name, ids) is not { } candidates)
        {
            return (null, "no variables written for it in MutationCalls");
        }
        if (candidates.Count == 0)
        {
            return (null, "the demo data has no record for it to act on");
        }
        var errors = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var variables in candidates)
        {
            foreach (var (principal, user) in Principals.All)
            {
                var result = await api.ExecuteAsync(operation.Document, user, variables, rollBack: true);
                if (Failure(result) is not { } failure)
                {
                    return ((principal, user, variables), null);
                }
                errors[principal] = $"{principal}: {failure}";
            }
        }
        return (null, "no demo account succeeded (" + string.Join("; ", errors.Values) + ")");
    }

    /// <summary>Why a call failed: its first error, or the first error in a mutation's payload; null when it succeeded.</summary>
    private static string? Failure(ExecutionResult result)
    {
        if (result.Errors.Count > 0)
        {
            return $"{result.Errors[0].Message} ({string.Join(".", result.Errors[0].Path ?? [])})";
        }
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            result.WriteTo(writer);
        }
        using var json = System.Text.Json.JsonDocument.Parse(buffer.ToArray());
        if (!json.RootElement.TryGetProperty("data", out var data) || data.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            return "no data";
        }
        foreach (var field in data.EnumerateObject())
        {
            if (field.Value.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                return $"{field.Name} is null";
            }
            if (field.Value.TryGetProperty("errors", out var payloadErrors) && payloadErrors.ValueKind == System.Text.Json.JsonValueKind.Array && payloadErrors.GetArrayLength() > 0)
            {
                return payloadErrors[0].GetRawText();
            }
        }
        return null;
    }

    /// <summary>The length of the JSON data, or 0 when a root field is null (nothing found, nothing to count).</summary>
    private static int DataLength(ExecutionResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            result.WriteTo(writer);
        }
        using var json = System.Text.Json.JsonDocument.Parse(buffer.ToArray());
        return json.RootElement.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object
            && data.EnumerateObject().All(p => p.Value.ValueKind != System.Text.Json.JsonValueKind.Null)
            ? data.GetRawText().Length
            : 0;
    }

    /// <summary>Values for each required variable: every known id for an ID, a few words for a String; optional ones left out.</summary>
    private static IEnumerable<Dictionary<string, object?>> Candidates(PortalOperation operation, IReadOnlyDictionary<string, List<string>> ids)
    {
        IEnumerable<Dictionary<string, object?>> sets = [new Dictionary<string, object?>(StringComparer.Ordinal)];
        foreach (var definition in operation.Variables)
        {
            var name = definition.Variable.Name.Value;
            if (definition.Type is NamedTypeNode { Name.Value: "ID" } && name == "locality")
            {
                // An optional locality: left out, or each of a few, as a manager's pages send it.
                IReadOnlyList<object?> localities = [null, .. ids["Locality"]];
                sets = sets.SelectMany(set => localities.Select(value => value is null
                    ? new Dictionary<string, object?>(set, StringComparer.Ordinal)
                    : new Dictionary<string, object?>(set, StringComparer.Ordinal) { [name] = value })).ToList();
                continue;
            }
            if (definition.Type is not NonNullTypeNode { Type: NamedTypeNode named })
            {
                continue;
            }
            IReadOnlyList<object?> values = named.Name.Value switch
            {
                "ID" => [.. ids.Where(i => i.Key != "Shortlist").SelectMany(i => i.Value)],
                "String" => name switch
                {
                    "slug" => ["north"],
                    "place" => ["North", "NE1 1AA"],
                    "token" => [.. ids.GetValueOrDefault("Shortlist", [])],
                    _ => ["parenting"],
                },
                _ => [],
            };
            sets = sets.SelectMany(set => values.Select(value => new Dictionary<string, object?>(set, StringComparer.Ordinal) { [name] = value })).ToList();
        }
        return sets;
    }

    /// <returns>The commands the second run sent; of those, the ones that write and the ones that write the audit log.</returns>
    private static async Task<(int Commands, int Writes, int AuditWrites)> CountAsync(InProcessApi api, PortalOperation operation, ClaimsPrincipal? user, Dictionary<string, object?> variables)
    {
        // The first run warms caches that live across requests (the glossary, rendered sections); count the second.
        // A mutation is rolled back each time, so both runs (and the one at 10N) act on the same data.
        var rollBack = operation.Kind == OperationType.Mutation;
        await api.ExecuteAsync(operation.Document, user, variables, rollBack);
        api.Commands.Reset();
        var result = await api.ExecuteAsync(operation.Document, user, variables, rollBack);
        if (Failure(result) is { } failure && (rollBack || result.Errors.Count > 0))
        {
            throw new InvalidOperationException($"{operation.Name} failed: {failure}");
        }
        return (api.Commands.Count, api.Commands.Writes, api.Commands.AuditWrites);
    }

    private static async Task<Dictionary<string, List<string>>> IdsAsync(string connectionString)
    {
        var ids = await IdsAsync(connectionString, [.. IdSources.Select(s => (s.Type, s.Type, s.Sql))]);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var tokens = new NpgsqlCommand("SELECT public_token FROM shortlists LIMIT 1", connection))
        {
            ids["Shortlist"] = await tokens.ExecuteScalarAsync() is string token ? [token] : [];
        }
        return ids;
    }

    /// <summary>Each source's ids as global ids of its type, under its key.</summary>
    private static async Task<Dictionary<string, List<string>>> IdsAsync(string connectionString, IReadOnlyList<(string Key, string Type, string Sql)> sources)
    {
        var ids = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var (key, type, sql) in sources)
        {
            var list = new List<string>();
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                list.Add(GlobalId.Encode(type, reader.GetGuid(0)));
            }
            ids[key] = list;
        }
        return ids;
    }

    private static async Task<long> CountServicesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM services", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
