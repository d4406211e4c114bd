namespace RightHelp.Api.Oruk;

/// <summary>What an import read (services) and what it added for the first time (the rest).</summary>
public sealed class HsdsImportCounts
{
    public int Services { get; set; }

    public int Locations { get; set; }

    public int Taxonomies { get; set; }

    public int TaxonomyTerms { get; set; }

    public override string ToString()
        => $"{Services} services read; new: {Locations} locations, {Taxonomies} taxonomies, {TaxonomyTerms} taxonomy terms";
}
