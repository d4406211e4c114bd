using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class PartnershipMeetingConfiguration : IEntityTypeConfiguration<PartnershipMeeting>
{
    public void Configure(EntityTypeBuilder<PartnershipMeeting> builder)
    {
        builder.ToTable("partnership_meetings", t => t.HasCheckConstraint("ck_partnership_meetings_ends_after_start", "ends_at > starts_at"));
        builder.HasOne(m => m.Locality).WithMany(l => l.PartnershipMeetings).HasForeignKey(m => m.LocalityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.LocalityId, m.StartsAt });
    }
}
