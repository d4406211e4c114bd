using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class CaseloadEntryConfiguration : IEntityTypeConfiguration<CaseloadEntry>
{
    public void Configure(EntityTypeBuilder<CaseloadEntry> builder)
    {
        builder.ToTable("caseload_entries");
        builder.HasOne(c => c.Worker).WithMany(w => w.Caseload).HasForeignKey(c => c.WorkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Family).WithMany(f => f.Caseload).HasForeignKey(c => c.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.WorkerId, c.FamilyId }).IsUnique();
    }
}
