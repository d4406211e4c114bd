using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class MeetingViewConfiguration : IEntityTypeConfiguration<MeetingView>
{
    public void Configure(EntityTypeBuilder<MeetingView> builder)
    {
        builder.ToTable("meeting_views", t =>
        {
            t.HasCheckConstraint("ck_meeting_views_feeling_at_home", "feeling_at_home BETWEEN 1 AND 5");
            t.HasCheckConstraint("ck_meeting_views_feeling_at_school", "feeling_at_school BETWEEN 1 AND 5");
            t.HasCheckConstraint("ck_meeting_views_feeling_about_help", "feeling_about_help BETWEEN 1 AND 5");
        });
        builder.HasOne(v => v.Meeting).WithMany(m => m.Views).HasForeignKey(v => v.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.AuthorPerson).WithMany().HasForeignKey(v => v.AuthorPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.MeetingId, v.AuthorPersonId }).IsUnique();
    }
}
