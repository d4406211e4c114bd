using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Identity.Data.Configurations;

public sealed class AuthorizationCodeConfiguration : IEntityTypeConfiguration<AuthorizationCode>
{
    public void Configure(EntityTypeBuilder<AuthorizationCode> builder)
    {
        builder.ToTable("authorization_codes");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.CodeHash).IsUnique();
        builder.Property(c => c.CodeHash).HasMaxLength(100);
        builder.Property(c => c.ClientId).HasMaxLength(100);
        builder.HasOne<Grant>().WithMany().HasForeignKey(c => c.GrantId).OnDelete(DeleteBehavior.Cascade);
    }
}
