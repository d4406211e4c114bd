using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.ToTable("plan_actions");
        builder.HasOne(a => a.PlanVersion).WithMany(v => v.Actions).HasForeignKey(a => a.PlanVersionId).OnDelete(DeleteBehavior.Cascade);
        // Not SET NULL: published actions are immutable, so erasing a person removes the actions they owned.
        builder.HasOne(a => a.OwnerPerson).WithMany().HasForeignKey(a => a.OwnerPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.OwnerWorker).WithMany().HasForeignKey(a => a.OwnerWorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PlanVersionId, a.Key }).IsUnique();
    }
}
