using RightHelp.Api.Data;

namespace RightHelp.Api.Localities;

/// <summary>What is on in the seven days from today, in UK time, for offers that run on a weekday.</summary>
public static class LocalityWeek
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly Today(TimeProvider time)
        => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), London).DateTime);

    public static IReadOnlyList<OfferSession> Sessions(IEnumerable<Offer> offers, DateOnly today)
        => [.. offers
            .Where(o => o.Day is not null)
            .Select(o => new OfferSession(today.AddDays(((int)o.Day!.Value - (int)today.DayOfWeek + 7) % 7), o))
            .OrderBy(s => s.Date)
            .ThenBy(s => s.Offer.StartTime)
            .ThenBy(s => s.Offer.Title, StringComparer.Ordinal)];
}
