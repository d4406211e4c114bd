namespace RightHelp.Api.Oruk;

/// <param name="Term">The term's stable code within its taxonomy.</param>
public sealed record OrukTaxonomyTerm(
    Guid Id,
    string Name,
    string Description,
    Guid? ParentId,
    string? Taxonomy,
    Guid TaxonomyId,
    string? TermUri,
    string? Term);
