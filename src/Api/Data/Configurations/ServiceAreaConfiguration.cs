using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class ServiceAreaConfiguration : IEntityTypeConfiguration<ServiceArea>
{
    public void Configure(EntityTypeBuilder<ServiceArea> builder)
    {
        builder.ToTable("service_areas");
        builder.HasOne(a => a.Service).WithMany(s => s.ServiceAreas).HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Locality).WithMany().HasForeignKey(a => a.LocalityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.LocalityId, a.ServiceId }).IsUnique();
    }
}
