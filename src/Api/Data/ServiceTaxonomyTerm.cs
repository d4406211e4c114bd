namespace RightHelp.Api.Data;

/// <summary>Open Referral UK <c>attribute</c> linking a service to a taxonomy term.</summary>
public class ServiceTaxonomyTerm
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ServiceId { get; set; }

    public Service? Service { get; set; }

    public Guid TaxonomyTermId { get; set; }

    public TaxonomyTerm? TaxonomyTerm { get; set; }
}
