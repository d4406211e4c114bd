using System.Globalization;
using System.Runtime.InteropServices;

namespace RightHelp.Benchmarks.Engine;

/// <summary>The machine and runtimes a run was measured on; the load average says whether it was shared.</summary>
public sealed record MachineInfo(
    int Processors,
    string Cpu,
    string Memory,
    string Os,
    string DotNet,
    string Node,
    string GraphQLJs,
    string LoadAverage,
    string MeasuredAt)
{
    public static MachineInfo Describe(PeerResults peer) => new(
        Environment.ProcessorCount,
        ProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        ReadMemory(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        peer.NodeVersion,
        peer.GraphQLVersion,
        ReadFirstLine("/proc/loadavg") is { } load ? string.Join(' ', load.Split(' ').Take(3)) : "unknown",
        DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));

    private static string ReadMemory()
    {
        var total = ProcField("/proc/meminfo", "MemTotal");
        if (total is null || !long.TryParse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture, out var kib))
        {
            return "unknown";
        }
        return string.Create(CultureInfo.InvariantCulture, $"{kib / 1024.0 / 1024.0:0.0} GiB");
    }

    private static string? ProcField(string path, string field)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        foreach (var line in File.ReadLines(path))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim() == field)
            {
                return line[(colon + 1)..].Trim();
            }
        }
        return null;
    }

    private static string? ReadFirstLine(string path) => File.Exists(path) ? File.ReadLines(path).FirstOrDefault() : null;
}
