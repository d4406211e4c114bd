using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RightHelp.Identity.Data;
using RightHelp.Identity.Seeding;
using RightHelp.ServiceDefaults;
using RightHelp.TestSupport;

namespace RightHelp.Identity.Tests.Support;

/// <summary>A migrated and seeded identity database per test class, copied from a template.</summary>
public static class IdentityDatabase
{
    // The build is part of the key, so a template seeded before a demo client or user was added is not reused.
    private static readonly string TemplateKey = "identity:seed-v1:" + string.Join(',',
        new SqlMigrator("Host=unused", typeof(IdentityDataContext).Assembly).Scripts.Select(s => s.Checksum))
        + $":{typeof(DemoSeeder).Assembly.ManifestModule.ModuleVersionId:N}";

    public static Task<TestDatabase> CreateAsync() => TestDatabase.CreateAsync(TemplateKey, async connectionString =>
    {
        await new SqlMigrator(connectionString, typeof(IdentityDataContext).Assembly).MigrateAsync();
        await using var app = new IdentityApp(connectionString, "Development", null);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
    });

    public static async Task<T?> ScalarAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    public static async Task ExecuteAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        await command.ExecuteNonQueryAsync();
    }
}
