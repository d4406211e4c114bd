using System.Diagnostics;
using Npgsql;

namespace RightHelp.Durability;

/// <summary>
/// A throwaway PostgreSQL cluster that one test owns, so it can stop and start the server under
/// a running Api without touching the shared one. Made with <c>initdb</c> in a temporary folder
/// and run with <c>pg_ctl</c> on a free loopback port, as <c>scripts/lib.sh</c> does; as root
/// (CI) the commands run as the postgres user, because PostgreSQL refuses to run as root.
/// </summary>
public sealed class PgCluster : IAsyncDisposable
{
    private readonly string folder;
    private readonly string bin;

    private PgCluster(string folder, string bin, int port)
    {
        this.folder = folder;
        this.bin = bin;
        Port = port;
    }

    public int Port { get; }

    private string DataDirectory => Path.Combine(folder, "data");

    public string ConnectionStringFor(string database)
        => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database}";

    /// <summary>Initialises a cluster, starts it, and creates <paramref name="databases"/>.</summary>
    public static async Task<PgCluster> StartAsync(params string[] databases)
    {
        var folder = Directory.CreateTempSubdirectory("righthelp-durability-").FullName;
        var cluster = new PgCluster(folder, FindBin(), ApiProcess.FreePort());
        Directory.CreateDirectory(cluster.DataDirectory);
        if (IsRoot)
        {
            // The temporary folder is private to its creator; the postgres user must reach into it.
            await RunAsync("chmod", ["755", folder]);
            await RunAsync("chown", ["postgres:postgres", cluster.DataDirectory]);
        }
        await cluster.PgAsync("initdb", ["-D", cluster.DataDirectory, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
        await cluster.StartServerAsync();
        foreach (var database in databases)
        {
            await using var connection = new NpgsqlConnection(cluster.ConnectionStringFor("postgres"));
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return cluster;
    }

    /// <summary>Starts the server and returns once it accepts connections.</summary>
    public Task StartServerAsync()
        => PgAsync("pg_ctl", ["-D", DataDirectory, "-l", Path.Combine(DataDirectory, "server.log"), "-w", "-t", "60",
            "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {DataDirectory} -c max_connections=200", "start"]);

    /// <summary>
    /// The "fast" shutdown an operator or a failover does: sessions are ended, open transactions
    /// rolled back, and the server is gone once this returns.
    /// </summary>
    public Task StopServerAsync() => PgAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"]);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await PgAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
        }
        Directory.Delete(folder, recursive: true);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string FindBin()
    {
        var bins = System.IO.Directory.Exists("/usr/lib/postgresql")
            ? System.IO.Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "pg_ctl"))).ToList()
            : [];
        return bins.OrderBy(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var version) ? version : 0).LastOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL binaries were not found under /usr/lib/postgresql (install postgresql).");
    }

    private Task PgAsync(string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(bin, tool);
        return IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]) : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(90)).Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }
}
