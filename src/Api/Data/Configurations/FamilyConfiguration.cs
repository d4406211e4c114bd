using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class FamilyConfiguration : IEntityTypeConfiguration<Family>
{
    public void Configure(EntityTypeBuilder<Family> builder)
    {
        builder.ToTable("families", t => t.HasCheckConstraint("ck_families_external_reference_has_source", "(external_source IS NULL) = (external_reference IS NULL)"));
        builder.HasOne(f => f.Locality).WithMany().HasForeignKey(f => f.LocalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.ExternalSource, f.ExternalReference }).IsUnique();
    }
}
