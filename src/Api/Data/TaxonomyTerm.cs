namespace RightHelp.Api.Data;

public class TaxonomyTerm
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TaxonomyId { get; set; }

    public Taxonomy? Taxonomy { get; set; }

    public Guid? ParentId { get; set; }

    public TaxonomyTerm? Parent { get; set; }

    /// <summary>The stable code within the taxonomy (Open Referral UK <c>term</c>), such as <c>domestic-abuse</c>.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string? TermUri { get; set; }
}
