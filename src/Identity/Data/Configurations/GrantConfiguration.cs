using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Identity.Data.Configurations;

public sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> builder)
    {
        builder.ToTable("grants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.ClientId).HasMaxLength(100);
        builder.Property(g => g.Subject).HasMaxLength(100);
        builder.Property(g => g.SessionId).HasMaxLength(100);
        builder.HasOne<Client>().WithMany().HasForeignKey(g => g.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.Subject, g.SessionId });
    }
}
