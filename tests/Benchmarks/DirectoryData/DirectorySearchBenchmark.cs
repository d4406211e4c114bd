using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Npgsql;
using RightHelp.Api.Data;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.Directory;
using RightHelp.Api.Extensions;
using RightHelp.ServiceDefaults;

namespace RightHelp.Benchmarks.DirectoryData;

/// <summary>
/// Builds a directory of each size in a throwaway database (demo seed plus synthetic services),
/// then times <see cref="DirectorySearch"/> over <see cref="BenchmarkQueries"/> and reports p50 and p95.
/// </summary>
public sealed class DirectorySearchBenchmark(string adminConnectionString, TextWriter log)
{
    public async Task<IReadOnlyList<(int Size, double P50, double P95, double Max)>> RunAsync(IEnumerable<int> sizes, int rounds = 10)
    {
        var results = new List<(int, double, double, double)>();
        foreach (var size in sizes)
        {
            var name = $"bench_directory_{size}_{Guid.NewGuid():N}"[..40];
            await ExecuteAsync(adminConnectionString, $"CREATE DATABASE \"{name}\"");
            try
            {
                var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
                await new SqlMigrator(connectionString, typeof(DataExtensions).Assembly).MigrateAsync();
                var options = DataExtensions.PortalDbContextOptions(connectionString);
                await using (var seedDb = new PortalDbContext(options))
                {
                    await new DemoDataSeeder(seedDb, TimeProvider.System).SeedAsync(new HostingEnvironment { EnvironmentName = Environments.Development });
                }
                var building = Stopwatch.StartNew();
                await new SyntheticDirectory().AddAsync(connectionString, Math.Max(0, size - 90), new Progress<int>(n => log.WriteLine($"  {n:N0} services written")));
                log.WriteLine($"{size:N0} services built in {building.Elapsed.TotalSeconds:0.0} s");

                await using var db = new PortalDbContext(options);
                var search = new DirectorySearch(db, new DirectoryVocabulary(TimeProvider.System));
                foreach (var query in BenchmarkQueries.All)
                {
                    await search.SearchAsync(query);
                }
                var timings = new List<double>();
                for (var round = 0; round < rounds; round++)
                {
                    foreach (var query in BenchmarkQueries.All)
                    {
                        var watch = Stopwatch.StartNew();
                        await search.SearchAsync(query);
                        timings.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }
                timings.Sort();
                var result = (size, Percentile(timings, 0.50), Percentile(timings, 0.95), timings[^1]);
                log.WriteLine($"{size,8:N0} services: p50 {result.Item2:0.0} ms, p95 {result.Item3:0.0} ms, max {result.Item4:0.0} ms over {timings.Count} searches");
                results.Add(result);
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(adminConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            }
        }
        return results;
    }

    private static double Percentile(List<double> sorted, double p)
        => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
