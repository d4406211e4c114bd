namespace RightHelp.Api.Data.Seeding;

public sealed class DemoPlan
{
    private readonly DemoDataSet set;
    private readonly string key;

    public DemoPlan(DemoDataSet set, DemoFamily family, string key, PlanKind kind, Guid subject, Guid leadWorker, int startedDaysAgo)
    {
        this.set = set;
        this.key = key;
        Id = DemoIds.For($"plan:{key}");
        set.Add(new Plan
        {
            Id = Id,
            FamilyId = family.Id,
            SubjectPersonId = subject,
            Kind = kind,
            Status = PlanStatus.Active,
            LeadWorkerId = leadWorker,
            StartedOn = set.Today.AddDays(-startedDaysAgo),
            ExternalSource = "Mosaic",
            ExternalReference = $"PLAN-{key}",
            CreatedAt = set.Now.AddDays(-startedDaysAgo),
            UpdatedAt = set.Now.AddDays(-startedDaysAgo),
        });
    }

    public Guid Id { get; }

    public DemoPlanVersion Version(int number, int publishedDaysAgo, Guid publishedBy, string changeNote)
        => new(set, Id, key, number, set.Now.AddDays(-publishedDaysAgo), publishedBy, changeNote);
}
