using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.ToTable("offers", t => t.HasCheckConstraint("ck_offers_age_range", "minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age"));
        builder.HasOne(o => o.Locality).WithMany().HasForeignKey(o => o.LocalityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.Service).WithMany().HasForeignKey(o => o.ServiceId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(o => new { o.LocalityId, o.Category });
    }
}
