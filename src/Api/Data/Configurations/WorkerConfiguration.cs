using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class WorkerConfiguration : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> builder)
    {
        builder.ToTable("workers", t => t.HasCheckConstraint("ck_workers_successor_is_someone_else", "successor_id IS NULL OR successor_id <> id"));
        builder.HasOne(w => w.Locality).WithMany().HasForeignKey(w => w.LocalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(w => w.Successor).WithMany().HasForeignKey(w => w.SuccessorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(w => w.Email).IsUnique();
    }
}
