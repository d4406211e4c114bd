namespace RightHelp.Api.Data;

public class Family
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>How staff and the family refer to the household, such as "Harlow family".</summary>
    public string DisplayName { get; set; } = "";

    public Guid LocalityId { get; set; }

    public Locality? Locality { get; set; }

    /// <summary>The case system the family came from (Mosaic, Liquidlogic), for idempotent upserts.</summary>
    public string? ExternalSource { get; set; }

    public string? ExternalReference { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<Person> Members { get; set; } = [];

    public List<Plan> Plans { get; set; } = [];

    public List<Meeting> Meetings { get; set; } = [];

    public List<CaseloadEntry> Caseload { get; set; } = [];
}
