using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Identity.Data.Configurations;

public sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("invitations");
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => i.CodeHash).IsUnique();
        builder.Property(i => i.CodeHash).HasMaxLength(100);
        builder.Property(i => i.PersonName).HasMaxLength(200);
        builder.Property(i => i.Role).HasMaxLength(40);
    }
}
