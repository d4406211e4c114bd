using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace RightHelp.Api.Data.Seeding;

/// <summary>
/// Adds the fictional demo data: run by <c>dotnet run --project src/Api -- seed</c> after
/// migrating. Every row has a fixed id, and only missing rows are added, so running it again
/// changes nothing. The one exception is on purpose: demo meetings and a demo leaving date that
/// have slipped into the past are moved forward again, so the demo always has meetings in the
/// coming weeks and a worker who is about to leave.
/// </summary>
public sealed class DemoDataSeeder(PortalDbContext db, TimeProvider time)
{
    private const long LockKey = 0x5345454445; // "SEEDE": one seeder at a time per database.

    private static readonly MethodInfo AddMissingMethod =
        typeof(DemoDataSeeder).GetMethod(nameof(AddMissingAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    public static void RefuseInProduction(IHostEnvironment environment)
    {
        if (environment.IsProduction())
        {
            throw new InvalidOperationException("Demo data is never seeded in Production.");
        }
    }

    /// <summary>All the demo rows, with dates relative to <paramref name="now"/>.</summary>
    public static DemoDataSet Build(DateTimeOffset now)
    {
        var set = new DemoDataSet(now);
        DemoLocalities.AddTo(set);
        DemoWorkers.AddTo(set);
        DemoDirectory.AddTo(set);
        DemoFamiliesNorth.AddTo(set);
        DemoFamiliesSouth.AddTo(set);
        DemoFamiliesEast.AddTo(set);
        DemoFamiliesWest.AddTo(set);
        DemoOffers.AddTo(set);
        DemoFeedback.AddTo(set);
        DemoAccountLinks.AddTo(set);
        DemoActivity.AddTo(set);
        return set;
    }

    public async Task<DemoDataCounts> SeedAsync(IHostEnvironment environment, CancellationToken cancellationToken = default)
    {
        RefuseInProduction(environment);
        var now = time.GetUtcNow();
        var set = Build(now);

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
            foreach (var rows in set.Rows.GroupBy(r => r.GetType()))
            {
                await (Task)AddMissingMethod.MakeGenericMethod(rows.Key).Invoke(this, [rows.ToList(), cancellationToken])!;
            }
            await AddMissingFeedbackLinksAsync(set, cancellationToken);
            await MovePastMeetingsForwardAsync(set, now, cancellationToken);
            await MovePastLeavingDatesForwardAsync(set, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        db.ChangeTracker.Clear();
        return await DemoDataCounts.ReadAsync(db, now, cancellationToken);
    }

    private async Task AddMissingAsync<T>(List<object> rows, CancellationToken cancellationToken) where T : class
    {
        var idProperty = typeof(T).GetProperty("Id")!;
        var byId = rows.ToDictionary(r => (Guid)idProperty.GetValue(r)!);
        var ids = byId.Keys.ToList();
        var existing = await db.Set<T>()
            .Where(e => ids.Contains(EF.Property<Guid>(e, "Id")))
            .Select(e => EF.Property<Guid>(e, "Id"))
            .ToListAsync(cancellationToken);
        db.Set<T>().AddRange(byId.Where(pair => !existing.Contains(pair.Key)).Select(pair => (T)pair.Value));
    }

    private async Task AddMissingFeedbackLinksAsync(DemoDataSet set, CancellationToken cancellationToken)
    {
        var links = db.Set<Dictionary<string, object>>("feedback_response_items");
        var responseIds = set.FeedbackLinks.Select(l => l.ResponseId).Distinct().ToList();
        var existing = (await links
                .Where(l => responseIds.Contains(EF.Property<Guid>(l, "feedback_response_id")))
                .Select(l => new { Response = EF.Property<Guid>(l, "feedback_response_id"), Feedback = EF.Property<Guid>(l, "feedback_id") })
                .ToListAsync(cancellationToken))
            .Select(l => (l.Response, l.Feedback))
            .ToHashSet();
        foreach (var (responseId, feedbackId) in set.FeedbackLinks.Where(l => !existing.Contains(l)))
        {
            links.Add(new Dictionary<string, object> { ["feedback_response_id"] = responseId, ["feedback_id"] = feedbackId });
        }
    }

    private async Task MovePastMeetingsForwardAsync(DemoDataSet set, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var planned = set.OfType<Meeting>().Where(m => m.Status == MeetingStatus.Scheduled).ToDictionary(m => m.Id);
        var ids = planned.Keys.ToList();
        var slipped = await db.Meetings
            .Where(m => ids.Contains(m.Id) && m.Status == MeetingStatus.Scheduled && m.StartsAt < now)
            .ToListAsync(cancellationToken);
        foreach (var meeting in slipped)
        {
            meeting.StartsAt = planned[meeting.Id].StartsAt;
            meeting.EndsAt = planned[meeting.Id].EndsAt;
        }
    }

    private async Task MovePastLeavingDatesForwardAsync(DemoDataSet set, CancellationToken cancellationToken)
    {
        var planned = set.OfType<Worker>().Where(w => w.LeavingOn is not null).ToDictionary(w => w.Id);
        var ids = planned.Keys.ToList();
        var today = set.Today;
        var left = await db.Workers.Where(w => ids.Contains(w.Id) && w.LeavingOn < today).ToListAsync(cancellationToken);
        foreach (var worker in left)
        {
            worker.LeavingOn = planned[worker.Id].LeavingOn;
        }
    }
}
