using Microsoft.EntityFrameworkCore;

namespace RightHelp.Api.Data.Seeding;

/// <summary>How much demo data there is; printed by <c>seed</c> and checked by tests against issue 2's minimums.</summary>
public sealed record DemoDataCounts(
    int Localities,
    int Families,
    int People,
    int Workers,
    int Plans,
    int PlanKinds,
    int PlanVersions,
    int PlansWithSeveralVersions,
    int PlanActions,
    int UpcomingMeetings,
    int Organizations,
    int Services,
    int ServicesNotVerifiedForSixMonths,
    int TaxonomyTerms,
    int Offers,
    int Feedback,
    int FeedbackWithPublishedResponse,
    int AccountLinks)
{
    public static async Task<DemoDataCounts> ReadAsync(PortalDbContext db, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var sixMonthsAgo = DateOnly.FromDateTime(now.UtcDateTime.AddMonths(-6));
        return new DemoDataCounts(
            await db.Localities.CountAsync(cancellationToken),
            await db.Families.CountAsync(cancellationToken),
            await db.People.CountAsync(cancellationToken),
            await db.Workers.CountAsync(cancellationToken),
            await db.Plans.CountAsync(cancellationToken),
            await db.Plans.Select(p => p.Kind).Distinct().CountAsync(cancellationToken),
            await db.PlanVersions.CountAsync(cancellationToken),
            await db.Plans.CountAsync(p => p.Versions.Count >= 2, cancellationToken),
            await db.PlanActions.CountAsync(cancellationToken),
            await db.Meetings.CountAsync(m => m.StartsAt > now, cancellationToken),
            await db.Organizations.CountAsync(cancellationToken),
            await db.Services.CountAsync(cancellationToken),
            await db.Services.CountAsync(s => s.AssuredDate == null || s.AssuredDate < sixMonthsAgo, cancellationToken),
            await db.TaxonomyTerms.CountAsync(cancellationToken),
            await db.Offers.CountAsync(cancellationToken),
            await db.Feedback.CountAsync(cancellationToken),
            await db.Feedback.CountAsync(f => f.Responses.Any(r => r.PublishedAt != null), cancellationToken),
            await db.AccountLinks.CountAsync(cancellationToken));
    }
}
