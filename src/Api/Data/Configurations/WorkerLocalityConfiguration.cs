using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class WorkerLocalityConfiguration : IEntityTypeConfiguration<WorkerLocality>
{
    public void Configure(EntityTypeBuilder<WorkerLocality> builder)
    {
        builder.ToTable("worker_localities");
        builder.HasOne(l => l.Worker).WithMany(w => w.Localities).HasForeignKey(l => l.WorkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Locality).WithMany().HasForeignKey(l => l.LocalityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.WorkerId, l.LocalityId }).IsUnique();
    }
}
