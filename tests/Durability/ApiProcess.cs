using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RightHelp.Durability;

/// <summary>
/// The built Api running as a child process (<c>dotnet RightHelp.Api.dll</c>) on a free local port,
/// as it runs in production, so the test can kill it as the operating system would.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private ApiProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string Output => string.Join(Environment.NewLine, output);

    /// <summary>Runs the Api's <c>migrate</c> command against the database and waits for it.</summary>
    public static async Task MigrateAsync(string connectionString)
    {
        using var migrate = Process.Start(StartInfo(connectionString, "migrate", null))!;
        var stdout = migrate.StandardOutput.ReadToEndAsync();
        var stderr = migrate.StandardError.ReadToEndAsync();
        await migrate.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        if (migrate.ExitCode != 0)
        {
            throw new InvalidOperationException($"migrate exited with {migrate.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }

    /// <summary>Starts the Api and returns once it answers its readiness check.</summary>
    public static async Task<ApiProcess> StartAsync(string connectionString, int port)
    {
        var address = new Uri($"http://127.0.0.1:{port}");
        var api = new ApiProcess(Process.Start(StartInfo(connectionString, null, address))!, address);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (api.process.HasExited)
            {
                throw new InvalidOperationException($"The Api exited with {api.process.ExitCode}:\n{api.Output}");
            }
            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return api;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        await api.DisposeAsync();
        throw new TimeoutException($"The Api did not become ready within 30 s:\n{api.Output}");
    }

    /// <summary>SIGKILL on Linux: no shutdown hooks, no flushing, the process is simply gone. Safe to call twice.</summary>
    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: false);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public Task KillAndWaitAsync()
    {
        Kill();
        return process.WaitForExitAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        output.Enqueue(line);
        while (output.Count > 200 && output.TryDequeue(out _))
        {
        }
    }

    private static ProcessStartInfo StartInfo(string connectionString, string? command, Uri? address)
    {
        // The dotnet CLI tells the processes it starts where it is; "dotnet" on the PATH otherwise.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = ApiLocation.ProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ApiLocation.Assembly);
        if (command is not null)
        {
            start.ArgumentList.Add(command);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Portal"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // These tests send hundreds of submissions from one address to measure faults, which the public
        // mutation limit would rightly refuse; the limits have their own tests.
        foreach (var limit in new[] { "GraphQLPerUser", "GraphQLPerAddress", "PublicMutation" })
        {
            start.Environment[$"RateLimits__{limit}__PermitLimit"] = "1000000";
        }
        if (address is not null)
        {
            start.Environment["ASPNETCORE_URLS"] = address.ToString();
        }
        return start;
    }
}
