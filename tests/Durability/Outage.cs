namespace RightHelp.Durability;

/// <summary>
/// One service SIGKILLed under load and started again, on the load's clock: killed, the restart begun
/// (the process is gone by then), and ready (its readiness check answered).
/// </summary>
public sealed record Outage(string Service, TimeSpan Killed, TimeSpan Restarting, TimeSpan Ready)
{
    /// <summary>Whether a request that started at <paramref name="started"/> and ended at <paramref name="finished"/> overlapped the outage, allowing <paramref name="grace"/> after ready.</summary>
    public bool Covers(TimeSpan started, TimeSpan finished, TimeSpan grace) => finished >= Killed && started <= Ready + grace;
}
