namespace RightHelp.Api.Oruk;

public sealed record OrukTaxonomy(Guid Id, string Name, string Description, string? Uri, string? Version, IReadOnlyList<OrukTaxonomyTerm>? TaxonomyTerms);
