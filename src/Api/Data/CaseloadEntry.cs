namespace RightHelp.Api.Data;

/// <summary>A family on a worker's caseload: the only way a practitioner reaches family data.</summary>
public class CaseloadEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid WorkerId { get; set; }

    public Worker? Worker { get; set; }

    public Guid FamilyId { get; set; }

    public Family? Family { get; set; }

    public DateOnly Since { get; set; }
}
