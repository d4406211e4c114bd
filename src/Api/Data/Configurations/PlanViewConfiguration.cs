using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class PlanViewConfiguration : IEntityTypeConfiguration<PlanView>
{
    public void Configure(EntityTypeBuilder<PlanView> builder)
    {
        builder.ToTable("plan_views");
        builder.HasOne(v => v.Plan).WithMany().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.PlanVersion).WithMany().HasForeignKey(v => v.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.Person).WithMany().HasForeignKey(v => v.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.PersonId, v.PlanId, v.ViewedAt });
    }
}
