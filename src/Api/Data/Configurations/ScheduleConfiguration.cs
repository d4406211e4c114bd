using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class ScheduleConfiguration : IEntityTypeConfiguration<Schedule>
{
    public void Configure(EntityTypeBuilder<Schedule> builder)
    {
        builder.ToTable("schedules", t => t.HasCheckConstraint("ck_schedules_closes_after_opening", "opens_at IS NULL OR closes_at IS NULL OR closes_at > opens_at"));
        builder.HasOne(s => s.Service).WithMany(s => s.Schedules).HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.ServiceAtLocation).WithMany().HasForeignKey(s => s.ServiceAtLocationId).OnDelete(DeleteBehavior.Cascade);
    }
}
