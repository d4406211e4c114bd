using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class ListingChangeConfiguration : IEntityTypeConfiguration<ListingChange>
{
    public void Configure(EntityTypeBuilder<ListingChange> builder)
    {
        builder.ToTable("listing_changes", t => t.HasCheckConstraint("ck_listing_changes_reviewed_together", "(status = 'Pending') = (reviewed_at IS NULL)"));
        builder.HasOne(c => c.Service).WithMany().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Proposed).HasColumnType("jsonb");
        builder.HasIndex(c => new { c.Status, c.SubmittedAt });
    }
}
