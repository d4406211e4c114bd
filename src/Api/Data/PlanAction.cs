namespace RightHelp.Api.Data;

/// <summary>"Who does what, by when" in a plan version.</summary>
public class PlanAction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlanVersionId { get; set; }

    public PlanVersion? PlanVersion { get; set; }

    /// <summary>Stays the same for "the same action" across versions, so changes can be shown.</summary>
    public Guid Key { get; set; }

    public int Position { get; set; }

    public Audience Audience { get; set; }

    /// <summary>Who, as written ("Mum", "SW", "Oak Lane DSL").</summary>
    public string Who { get; set; } = "";

    public Guid? OwnerPersonId { get; set; }

    public Person? OwnerPerson { get; set; }

    public Guid? OwnerWorkerId { get; set; }

    public Worker? OwnerWorker { get; set; }

    public string What { get; set; } = "";

    public DateOnly? ByWhen { get; set; }

    public ActionStatus Status { get; set; }
}
