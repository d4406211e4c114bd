namespace RightHelp.Api.Oruk;

/// <summary>HSDS 3 <c>attribute</c>: links a record (here, a service) to a taxonomy term.</summary>
public sealed record OrukAttribute(Guid Id, Guid LinkId, Guid TaxonomyTermId, string LinkType, string LinkEntity, OrukTaxonomyTerm TaxonomyTerm);
