extern alias portal;

using System.Diagnostics;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Npgsql;
using RightHelp.Api.Authorization;
using RightHelp.Api.Bench;
using RightHelp.Api.Data;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.Extensions;
using RightHelp.Api.Families;
using RightHelp.Api.Plans;
using RightHelp.Benchmarks.SqlCount;
using RightHelp.ServiceDefaults;

namespace RightHelp.Benchmarks.Memory;

/// <summary>
/// <c>plan-cost [database] [requests]</c>: where a plan page query's cost goes, in process and deterministic where it
/// can be: bytes allocated, CPU milliseconds and SQL commands per request, through GraphQL (execute, then write the
/// JSON) and through the plain endpoint, and for documents that select less of the plan, so the cost of each part
/// of the page shows as a difference. Sequential requests, this process otherwise idle. The database (made, migrated
/// and seeded with the demo data when it does not exist) is kept, so runs before and after a change compare.
/// </summary>
public static class PlanCost
{
    private const string Member = "name pronouns jobTitle team aboutMe email phone workingPattern leavingOn";

    /// <summary>The Portal's document, then parts of it: each row's cost less the one above is what its part adds.</summary>
    private static readonly (string Name, string Query)[] Documents =
    [
        ("typename only", "query Plan { __typename }"),
        ("plan { id }", "query Plan($id: ID!) { plan(id: $id) { id } }"),
        ("+ scalars", "query Plan($id: ID!) { plan(id: $id) { id kindName status subjectName startedOn } }"),
        ("+ version", "query Plan($id: ID!) { plan(id: $id) { id kindName status subjectName startedOn version publishedAt } }"),
        ("+ leadWorker", $"query Plan($id: ID!) {{ plan(id: $id) {{ id kindName status subjectName startedOn version publishedAt leadWorker {{ {Member} successor {{ {Member} }} }} }} }}"),
        ("sections (no body)", "query Plan($id: ID!) { plan(id: $id) { id sections { key heading audience } } }"),
        ("sections + body", "query Plan($id: ID!) { plan(id: $id) { id sections { key heading audience body { html text readingAge terms { term explanation } } } } }"),
        ("actions", "query Plan($id: ID!) { plan(id: $id) { id actions { who what byWhen status } } }"),
        ("changesSinceLastViewed", "query Plan($id: ID!) { plan(id: $id) { id changesSinceLastViewed { lastViewedVersion currentVersion sectionsChanged actionsAdded { who what byWhen status } actionsChanged { who what byWhen status } actionsDone { who what byWhen status } } } }"),
        ("viewLog", "query Plan($id: ID!) { plan(id: $id) { id viewLog { role team viewedAt } } }"),
        ("Portal's Plan", portal::RightHelp.Portal.Api.Family.PlanQuery.Query),
    ];

    public static async Task<int> RunAsync(string[] args, string adminConnectionString)
    {
        var database = args.Length > 0 ? args[0] : "bench_plan_cost";
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        // "types": also sample what the Portal's document and the plain endpoint allocate, by type.
        using var sampler = args.Contains("types") ? new AllocationSampler() : null;
        var connectionString = await EnsureDatabaseAsync(adminConnectionString, database);
        await using var api = new InProcessApi(connectionString);
        var planId = await FirstPlanAsync(connectionString);
        var variables = new Dictionary<string, object?> { ["id"] = planId };
        var log = Console.Out;
        log.WriteLine($"Plan {planId} as the demo parent, {requests} sequential requests each after 20 to warm up; load {File.ReadAllText("/proc/loadavg").Trim()}");
        log.WriteLine($"{"document",-26} {"B/request",12} {"CPU ms/req",11} {"SQL/req",8} {"JSON bytes",11}");

        // "graphql-only": the Portal's document alone, for a profiler attached to this process.
        var documents = args.Contains("graphql-only") ? Documents[^1..] : Documents;
        foreach (var (name, query) in documents)
        {
            var bytes = 0L;
            async Task Once()
            {
                var result = await api.ExecuteAsync(query, Principals.Parent, query.Contains("$id", StringComparison.Ordinal) ? variables : null);
                if (result.Errors.Count > 0)
                {
                    throw new InvalidOperationException($"{name}: {result.Errors[0].Message}");
                }
                // Written as the Api's handler writes it, into a pipe (pooled buffers), counted on the way.
                var counting = new CountingStream();
                var pipe = PipeWriter.Create(counting);
                await using (var writer = new Utf8JsonWriter(pipe))
                {
                    result.WriteTo(writer);
                }
                await pipe.FlushAsync();
                await pipe.CompleteAsync();
                bytes = counting.Length;
            }
            Report(log, name, await MeasureAsync(api, Once, requests), bytes);
        }
        if (sampler is not null)
        {
            await SampleAsync(log, sampler, "Portal's Plan", () => api.ExecuteAsync(Documents[^1].Query, Principals.Parent, variables), requests);
        }

        if (args.Contains("graphql-only"))
        {
            return 0;
        }
        var plainBytes = 0L;
        async Task PlainOnce()
        {
            await using var scope = api.Services.CreateAsyncScope();
            var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = Principals.Parent };
            http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { id = planId })));
            var counting = new CountingStream();
            http.Response.Body = counting;
            var sp = scope.ServiceProvider;
            var result = await BenchPlanEndpoint.HandleAsync(http, sp.GetRequiredService<ViewerAccessor>(), sp.GetRequiredService<FamilyData>(),
                sp.GetRequiredService<RequestDatabase>(), sp.GetRequiredService<SectionRenderer>(), CancellationToken.None);
            await result.ExecuteAsync(http);
            plainBytes = counting.Length;
        }
        Report(log, "plain endpoint", await MeasureAsync(api, PlainOnce, requests), plainBytes);
        if (sampler is not null)
        {
            await SampleAsync(log, sampler, "plain endpoint", PlainOnce, requests);
        }
        return 0;
    }

    private static async Task SampleAsync(TextWriter log, AllocationSampler sampler, string name, Func<Task> request, int requests)
    {
        sampler.Start();
        for (var i = 0; i < requests; i++)
        {
            await request();
        }
        var types = sampler.Stop();
        log.WriteLine($"  {name}: sampled allocations by type, bytes per request");
        foreach (var (type, bytes) in types.Take(40))
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {bytes / requests,10:N0}  {type}"));
        }
    }

    private static void Report(TextWriter log, string name, (double Bytes, double CpuMs, double Sql) cost, long json)
        => log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-26} {cost.Bytes,12:N0} {cost.CpuMs,11:0.00} {cost.Sql,8:0.0} {json,11:N0}"));

    private static async Task<(double Bytes, double CpuMs, double Sql)> MeasureAsync(InProcessApi api, Func<Task> request, int requests)
    {
        for (var i = 0; i < 20; i++)
        {
            await request();
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        api.Commands.Reset();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < requests; i++)
        {
            await request();
        }
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        return ((double)bytes / requests, cpuMs / requests, (double)api.Commands.Count / requests);
    }

    private static async Task<string> EnsureDatabaseAsync(string adminConnectionString, string name)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
        await using (var admin = new NpgsqlConnection(adminConnectionString))
        {
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
            exists.Parameters.AddWithValue("name", name);
            if (await exists.ExecuteScalarAsync() is not null)
            {
                return connectionString;
            }
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        await new SqlMigrator(connectionString, typeof(DataExtensions).Assembly).MigrateAsync();
        await using var db = new PortalDbContext(DataExtensions.PortalDbContextOptions(connectionString));
        await new DemoDataSeeder(db, TimeProvider.System).SeedAsync(new HostingEnvironment { EnvironmentName = Environments.Development });
        return connectionString;
    }

    private static async Task<string> FirstPlanAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT id FROM plans WHERE family_id = '{DemoFamiliesNorth.HarlowFamily}' ORDER BY started_on LIMIT 1", connection);
        var id = (Guid)(await command.ExecuteScalarAsync())!;
        return RightHelp.Api.GraphQL.GlobalId.Encode("Plan", id);
    }
}
