using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.HasOne(c => c.Service).WithMany(s => s.Contacts).HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
