using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;

namespace RightHelp.Api.YouSaidWeDid;

/// <summary>The worker behind a staff member and the localities they cover (their team's and any extra).</summary>
public sealed record StaffScope(Worker Worker, IReadOnlySet<Guid> Localities)
{
    public bool IsManager => Worker.Role == WorkerRole.Manager;

    /// <summary>Anonymous feedback that named no locality belongs to the whole council, so any staff member covers it.</summary>
    public bool Covers(Guid? localityId) => localityId is null || Localities.Contains(localityId.Value);

    public static async Task<StaffScope?> LoadAsync(PortalDbContext db, Guid workerId, CancellationToken cancellationToken)
    {
        var worker = await db.Workers.AsNoTracking().Include(w => w.Localities).SingleOrDefaultAsync(w => w.Id == workerId, cancellationToken);
        if (worker is null)
        {
            return null;
        }
        var localities = worker.Localities.Select(l => l.LocalityId).Append(worker.LocalityId).ToHashSet();
        return new StaffScope(worker, localities);
    }
}
