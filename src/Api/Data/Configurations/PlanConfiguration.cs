using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("plans", t => t.HasCheckConstraint("ck_plans_external_reference_has_source", "(external_source IS NULL) = (external_reference IS NULL)"));
        builder.HasOne(p => p.Family).WithMany(f => f.Plans).HasForeignKey(p => p.FamilyId).OnDelete(DeleteBehavior.Cascade);
        // NO ACTION is checked at the end of the statement, so deleting a whole family still cascades cleanly.
        builder.HasOne(p => p.SubjectPerson).WithMany().HasForeignKey(p => p.SubjectPersonId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(p => p.LeadWorker).WithMany().HasForeignKey(p => p.LeadWorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ExternalSource, p.ExternalReference }).IsUnique();
    }
}
