using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("plans", t => t.HasCheckConstraint("ck_plans_external_reference_has_source", "(external_source IS NULL) = (external_reference IS NULL)"));
        builder.HasOne(p => p.Family).WithMany(f => f.Plans).HasForeignKey(p => p.FamilyId).OnDelete(DeleteBehavior.Cascade);
        // People are only ever deleted to erase them, and a plan about an erased child goes with them.
        builder.HasOne(p => p.SubjectPerson).WithMany().HasForeignKey(p => p.SubjectPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.LeadWorker).WithMany().HasForeignKey(p => p.LeadWorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ExternalSource, p.ExternalReference }).IsUnique();
    }
}
