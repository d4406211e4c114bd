using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class CostOptionConfiguration : IEntityTypeConfiguration<CostOption>
{
    public void Configure(EntityTypeBuilder<CostOption> builder)
    {
        builder.ToTable("cost_options", t => t.HasCheckConstraint("ck_cost_options_amount", "amount IS NULL OR amount >= 0"));
        builder.HasOne(c => c.Service).WithMany(s => s.CostOptions).HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Amount).HasPrecision(10, 2);
    }
}
