using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class EligibilityConfiguration : IEntityTypeConfiguration<Eligibility>
{
    public void Configure(EntityTypeBuilder<Eligibility> builder)
    {
        builder.ToTable("eligibilities", t => t.HasCheckConstraint("ck_eligibilities_age_range", "minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age"));
        builder.HasOne(e => e.Service).WithMany(s => s.Eligibilities).HasForeignKey(e => e.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
