namespace RightHelp.Api.Data.Seeding;

public sealed class DemoPlanVersion
{
    private readonly DemoDataSet set;
    private readonly string planKey;
    private readonly List<PlanSection> sections = [];
    private readonly List<PlanAction> actions = [];

    public DemoPlanVersion(DemoDataSet set, Guid planId, string planKey, int number, DateTimeOffset publishedAt, Guid publishedBy, string changeNote)
    {
        this.set = set;
        this.planKey = planKey;
        Number = number;
        Id = DemoIds.For($"plan-version:{planKey}:{number}");
        set.Add(new PlanVersion
        {
            Id = Id,
            PlanId = planId,
            Number = number,
            PublishedAt = publishedAt,
            PublishedById = publishedBy,
            ChangeNote = changeNote,
            ExternalReference = $"PLAN-{planKey}-v{number}",
        });
    }

    public Guid Id { get; }

    public int Number { get; }

    public DemoPlanVersion Section(SectionHeading heading, Audience audience, string body)
    {
        var section = set.Add(new PlanSection
        {
            Id = DemoIds.For($"plan-section:{planKey}:{Number}:{heading}:{audience}"),
            PlanVersionId = Id,
            Heading = heading,
            Audience = audience,
            Position = (int)heading * 10 + (int)audience,
            Body = body.Trim(),
        });
        sections.Add(section);
        return this;
    }

    public DemoPlanVersion Action(
        string actionKey, string who, string what, int dueInDays, ActionStatus status,
        Guid? ownerWorker = null, Guid? ownerPerson = null, Audience audience = Audience.Everyone)
    {
        var action = set.Add(new PlanAction
        {
            Id = DemoIds.For($"plan-action:{planKey}:{Number}:{actionKey}"),
            PlanVersionId = Id,
            Key = DemoIds.For($"plan-action-key:{planKey}:{actionKey}"),
            Position = actions.Count + 1,
            Audience = audience,
            Who = who,
            What = what,
            ByWhen = set.Today.AddDays(dueInDays),
            Status = status,
            OwnerWorkerId = ownerWorker,
            OwnerPersonId = ownerPerson,
        });
        actions.Add(action);
        return this;
    }

    /// <summary>Copies the sections and actions this version did not rewrite, as a real re-publish would.</summary>
    public DemoPlanVersion CarryOver(DemoPlanVersion previous)
    {
        foreach (var old in previous.sections.Where(o => !sections.Any(s => s.Heading == o.Heading && s.Audience == o.Audience)).ToList())
        {
            Section(old.Heading, old.Audience, old.Body);
        }
        foreach (var old in previous.actions.Where(o => !actions.Any(a => a.Key == o.Key)).ToList())
        {
            var action = set.Add(new PlanAction
            {
                Id = DemoIds.For($"plan-action:{planKey}:{Number}:carried:{old.Key}"),
                PlanVersionId = Id,
                Key = old.Key,
                Position = actions.Count + 1,
                Audience = old.Audience,
                Who = old.Who,
                What = old.What,
                ByWhen = old.ByWhen,
                Status = old.Status,
                OwnerWorkerId = old.OwnerWorkerId,
                OwnerPersonId = old.OwnerPersonId,
            });
            actions.Add(action);
        }
        return this;
    }
}
