namespace RightHelp.Api.Directory;

/// <summary>A listing nobody has checked for 6 months may be wrong, and the directory says so.</summary>
public static class ListingFreshness
{
    public const int MonthsBeforeCheck = 6;

    public static bool NeedsChecking(DateOnly? lastVerified, DateOnly today)
        => lastVerified is not { } verified || verified < today.AddMonths(-MonthsBeforeCheck);
}
