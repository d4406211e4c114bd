namespace RightHelp.Api.Data;

/// <summary>Who a service is for; the ages feed Open Referral UK's <c>minimum_age</c> and <c>maximum_age</c>.</summary>
public class Eligibility
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ServiceId { get; set; }

    public Service? Service { get; set; }

    public string Description { get; set; } = "";

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }
}
