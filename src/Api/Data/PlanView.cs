namespace RightHelp.Api.Data;

/// <summary>A family member saw a plan version; the latest one is "since you last looked".</summary>
public class PlanView
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    public Plan? Plan { get; set; }

    public Guid PlanVersionId { get; set; }

    public PlanVersion? PlanVersion { get; set; }

    public Guid PersonId { get; set; }

    public Person? Person { get; set; }

    public DateTimeOffset ViewedAt { get; set; }
}
