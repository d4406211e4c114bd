namespace RightHelp.Api.Data;

/// <summary>A locality partnership meeting where schools, health and the council plan together.</summary>
public class PartnershipMeeting
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid LocalityId { get; set; }

    public Locality? Locality { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public string Venue { get; set; } = "";

    public string Description { get; set; } = "";
}
