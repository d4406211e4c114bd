namespace RightHelp.Api.Data;

/// <summary>
/// Who read or changed family data, when and why. Append-only: the database refuses updates
/// and deletes, and ids are plain columns so the record outlives what it describes.
/// </summary>
public class AuditEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; set; }

    public string ActorIssuer { get; set; } = "";

    public string ActorSubject { get; set; } = "";

    /// <summary>The role the actor acted in (parent, practitioner, case-system client...).</summary>
    public string ActorRole { get; set; } = "";

    /// <summary>Team shown to the family in "who has looked at my plan" instead of a staff name.</summary>
    public string? ActorTeam { get; set; }

    /// <summary>What was done, such as <c>plan.read</c> or <c>plan.publish</c>.</summary>
    public string Action { get; set; } = "";

    public string EntityType { get; set; } = "";

    public Guid? EntityId { get; set; }

    public Guid? FamilyId { get; set; }

    public string? Reason { get; set; }

    public string? CorrelationId { get; set; }
}
