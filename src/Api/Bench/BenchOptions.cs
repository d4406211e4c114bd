namespace RightHelp.Api.Bench;

/// <summary>
/// <c>Bench:Enabled</c>: maps the plain JSON endpoints under <c>/bench/</c> that the benchmark suite
/// compares GraphQL with. They are on in Development; anywhere else only when this is set, and never
/// in Production, where the setting is ignored.
/// </summary>
public static class BenchOptions
{
    public const string EnabledSetting = "Bench:Enabled";
}
