using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class ShortlistItemConfiguration : IEntityTypeConfiguration<ShortlistItem>
{
    public void Configure(EntityTypeBuilder<ShortlistItem> builder)
    {
        builder.ToTable("shortlist_items");
        builder.HasOne(i => i.Shortlist).WithMany(s => s.Items).HasForeignKey(i => i.ShortlistId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Service).WithMany().HasForeignKey(i => i.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.ShortlistId, i.ServiceId }).IsUnique();
    }
}
