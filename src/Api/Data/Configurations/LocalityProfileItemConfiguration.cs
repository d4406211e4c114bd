using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class LocalityProfileItemConfiguration : IEntityTypeConfiguration<LocalityProfileItem>
{
    public void Configure(EntityTypeBuilder<LocalityProfileItem> builder)
    {
        builder.ToTable("locality_profile_items", t => t.HasCheckConstraint("ck_locality_profile_items_count", "count BETWEEN 0 AND 100"));
        builder.HasOne(i => i.Locality).WithMany(l => l.ProfileItems).HasForeignKey(i => i.LocalityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.LocalityId, i.Position }).IsUnique();
    }
}
