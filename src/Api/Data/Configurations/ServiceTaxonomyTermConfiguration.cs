using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class ServiceTaxonomyTermConfiguration : IEntityTypeConfiguration<ServiceTaxonomyTerm>
{
    public void Configure(EntityTypeBuilder<ServiceTaxonomyTerm> builder)
    {
        builder.ToTable("service_taxonomy_terms");
        builder.HasOne(l => l.Service).WithMany(s => s.TaxonomyTerms).HasForeignKey(l => l.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.TaxonomyTerm).WithMany().HasForeignKey(l => l.TaxonomyTermId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.ServiceId, l.TaxonomyTermId }).IsUnique();
    }
}
