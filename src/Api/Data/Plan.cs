namespace RightHelp.Api.Data;

/// <summary>A family's plan; its content lives in immutable <see cref="PlanVersion"/>s.</summary>
public class Plan
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid FamilyId { get; set; }

    public Family? Family { get; set; }

    /// <summary>The child or young person the plan is for.</summary>
    public Guid SubjectPersonId { get; set; }

    public Person? SubjectPerson { get; set; }

    public PlanKind Kind { get; set; }

    public PlanStatus Status { get; set; }

    public Guid LeadWorkerId { get; set; }

    public Worker? LeadWorker { get; set; }

    public DateOnly StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    /// <summary>The case system (Mosaic, Liquidlogic) a plan was upserted from; unique with <see cref="ExternalReference"/>.</summary>
    public string? ExternalSource { get; set; }

    public string? ExternalReference { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<PlanVersion> Versions { get; set; } = [];
}
