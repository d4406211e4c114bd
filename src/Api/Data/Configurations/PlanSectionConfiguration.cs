using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class PlanSectionConfiguration : IEntityTypeConfiguration<PlanSection>
{
    public void Configure(EntityTypeBuilder<PlanSection> builder)
    {
        builder.ToTable("plan_sections");
        builder.HasOne(s => s.PlanVersion).WithMany(v => v.Sections).HasForeignKey(s => s.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
        // One section per heading and audience, so two versions can be compared section by section.
        builder.HasIndex(s => new { s.PlanVersionId, s.Heading, s.Audience }).IsUnique();
    }
}
