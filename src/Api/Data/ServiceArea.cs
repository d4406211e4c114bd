namespace RightHelp.Api.Data;

/// <summary>Open Referral UK <c>service_area</c>; here, a locality the service covers.</summary>
public class ServiceArea
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ServiceId { get; set; }

    public Service? Service { get; set; }

    public Guid LocalityId { get; set; }

    public Locality? Locality { get; set; }

    public string Name { get; set; } = "";
}
