namespace RightHelp.Api.Data;

/// <summary>
/// A published version of a plan. It never changes once published (the database refuses
/// updates), so "what changed since you last looked" compares two versions.
/// </summary>
public class PlanVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    public Plan? Plan { get; set; }

    /// <summary>1, 2, 3... per plan.</summary>
    public int Number { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public Guid PublishedById { get; set; }

    public Worker? PublishedBy { get; set; }

    /// <summary>The writer's note on why this version exists ("updated after core group").</summary>
    public string ChangeNote { get; set; } = "";

    public string? ExternalReference { get; set; }

    public List<PlanSection> Sections { get; set; } = [];

    public List<PlanAction> Actions { get; set; } = [];
}
