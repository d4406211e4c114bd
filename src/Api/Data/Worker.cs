namespace RightHelp.Api.Data;

/// <summary>A practitioner or manager, as the family sees them in "my team".</summary>
public class Worker
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public WorkerRole Role { get; set; }

    public string GivenName { get; set; } = "";

    public string FamilyName { get; set; } = "";

    public string? Pronouns { get; set; }

    /// <summary>Job title as written on the org chart ("Social worker", "Family support worker").</summary>
    public string JobTitle { get; set; } = "";

    public string TeamName { get; set; } = "";

    /// <summary>The locality of their team.</summary>
    public Guid LocalityId { get; set; }

    public Locality? Locality { get; set; }

    /// <summary>In their own plain words: who they are and how they like to work with families.</summary>
    public string AboutMe { get; set; } = "";

    public string Email { get; set; } = "";

    public string Phone { get; set; } = "";

    /// <summary>When they can usually be reached ("Monday to Thursday, 9 to 5").</summary>
    public string WorkingPattern { get; set; } = "";

    /// <summary>Families asked to "be told when you are leaving".</summary>
    public DateOnly? LeavingOn { get; set; }

    public Guid? SuccessorId { get; set; }

    public Worker? Successor { get; set; }

    public List<CaseloadEntry> Caseload { get; set; } = [];

    /// <summary>Localities the worker covers; a manager may cover several.</summary>
    public List<WorkerLocality> Localities { get; set; } = [];
}
