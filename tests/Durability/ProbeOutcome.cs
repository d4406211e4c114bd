namespace RightHelp.Durability;

/// <summary>
/// One answer of a probe under load: which service it asked (and so which outage may excuse a failure),
/// when it started and how long it took on the load's clock, the HTTP status (0 when no answer came) and
/// what was wrong, or null.
/// </summary>
public sealed record ProbeOutcome(string Service, string Target, TimeSpan Started, TimeSpan Elapsed, int Status, string? Problem)
{
    public bool Succeeded => Problem is null;

    public TimeSpan Finished => Started + Elapsed;

    /// <summary>"200", "503", or "no answer" for a refused or reset connection.</summary>
    public string StatusName => Status == 0 ? "no answer" : Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
