using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace RightHelp.Benchmarks.Engine;

/// <summary>
/// Runs <see cref="EngineBenchmarks"/> with BenchmarkDotNet in process (no second build, so a quick run stays
/// quick): a short job for --quick, a longer one otherwise.
/// </summary>
public static class EngineRun
{
    public static IReadOnlyList<EngineMeasurement> Run(bool quick, string artifactsPath)
    {
        var job = (quick
                ? new Job("Quick").WithWarmupCount(3).WithIterationCount(6).WithIterationTime(TimeInterval.FromMilliseconds(250))
                : new Job("Full").WithWarmupCount(6).WithIterationCount(15).WithIterationTime(TimeInterval.FromMilliseconds(1000)))
            .WithLaunchCount(1)
            .WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .WithArtifactsPath(artifactsPath)
            .WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<EngineBenchmarks>(config);
        var measurements = new List<EngineMeasurement>();
        foreach (var report in summary.Reports)
        {
            var name = report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');
            if (report.ResultStatistics is not { } statistics)
            {
                throw new InvalidOperationException($"The benchmark {name} produced no result; see the log above.");
            }
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            measurements.Add(new EngineMeasurement(name, 1e9 / statistics.Median, allocated));
        }
        return measurements;
    }
}
