using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class OutOfDateReportConfiguration : IEntityTypeConfiguration<OutOfDateReport>
{
    public void Configure(EntityTypeBuilder<OutOfDateReport> builder)
    {
        builder.ToTable("out_of_date_reports");
        builder.HasOne(r => r.Service).WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.Status, r.CreatedAt });
    }
}
