namespace RightHelp.Api.Data;

public class Taxonomy
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string? Uri { get; set; }

    public string? Version { get; set; }

    public List<TaxonomyTerm> Terms { get; set; } = [];
}
