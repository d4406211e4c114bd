using System.Collections.Concurrent;
using System.Diagnostics;

namespace RightHelp.Durability;

/// <summary>
/// One of our apps running as a child process (<c>dotnet RightHelp.X.dll</c>) from its project
/// folder, as <c>./run</c> starts it, so a test can SIGKILL it and start it again on the same port.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private ServiceProcess(Process process, string name, Uri address)
    {
        this.process = process;
        Name = name;
        Address = address;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public Uri Address { get; }

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string Output => string.Join(Environment.NewLine, output);

    /// <summary>Runs a command of the app (such as <c>seed</c>) and waits for it to succeed.</summary>
    public static async Task RunCommandAsync(AppLocation app, string command, IReadOnlyDictionary<string, string> environment)
    {
        var start = StartInfo(app, environment, null);
        start.ArgumentList.Add(command);
        using var run = Process.Start(start)!;
        var stdout = run.StandardOutput.ReadToEndAsync();
        var stderr = run.StandardError.ReadToEndAsync();
        await run.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(120)).Token);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(app.Assembly)} {command} exited with {run.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }

    /// <summary>Starts the app on <paramref name="port"/> and returns once <c>/health/ready</c> answers (within 60 s unless <paramref name="readyWithin"/> says otherwise).</summary>
    public static async Task<ServiceProcess> StartAsync(AppLocation app, int port, IReadOnlyDictionary<string, string> environment, TimeSpan? readyWithin = null)
    {
        var limit = readyWithin ?? TimeSpan.FromSeconds(60);
        var address = new Uri($"http://127.0.0.1:{port}");
        var name = Path.GetFileNameWithoutExtension(app.Assembly);
        var service = new ServiceProcess(Process.Start(StartInfo(app, environment, address))!, name, address);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (service.process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with {service.process.ExitCode}:\n{service.Output}");
            }
            try
            {
                using var ready = await http.GetAsync("/health/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return service;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        await service.DisposeAsync();
        throw new TimeoutException($"{name} did not become ready within {limit.TotalSeconds:F0} s:\n{service.Output}");
    }

    /// <summary>SIGKILL: no shutdown hooks, nothing flushed; returns once the process is gone.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
        }
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
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

    private static ProcessStartInfo StartInfo(AppLocation app, IReadOnlyDictionary<string, string> environment, Uri? address)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = app.ProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(app.Assembly);
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        if (address is not null)
        {
            start.Environment["ASPNETCORE_URLS"] = address.ToString();
        }
        return start;
    }
}
