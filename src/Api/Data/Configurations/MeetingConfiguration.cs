using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("meetings", t =>
        {
            t.HasCheckConstraint("ck_meetings_ends_after_start", "ends_at > starts_at");
            t.HasCheckConstraint("ck_meetings_somewhere", "location IS NOT NULL OR online_link IS NOT NULL");
            t.HasCheckConstraint("ck_meetings_external_reference_has_source", "(external_source IS NULL) = (external_reference IS NULL)");
        });
        builder.HasOne(m => m.Family).WithMany(f => f.Meetings).HasForeignKey(m => m.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Plan).WithMany().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => m.CalendarToken).IsUnique();
        builder.HasIndex(m => new { m.FamilyId, m.StartsAt });
        builder.HasIndex(m => new { m.ExternalSource, m.ExternalReference }).IsUnique();
    }
}
