namespace RightHelp.Api.Data;

/// <summary>Open Referral UK <c>organization</c>: who provides services, and whose members may edit them.</summary>
public class Organization
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public OrganizationType Type { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public List<Service> Services { get; set; } = [];
}
