using System.Globalization;

namespace RightHelp.Benchmarks.Memory;

/// <summary>A process's resident memory (VmRSS in /proc/PID/status), in MiB.</summary>
public static class ResidentMemory
{
    public static double MiB(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kib = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kib / 1024.0;
            }
        }
        throw new InvalidOperationException($"No VmRSS for process {pid}.");
    }
}
