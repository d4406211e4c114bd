using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> builder)
    {
        builder.ToTable("locations");
        builder.HasOne(l => l.Locality).WithMany().HasForeignKey(l => l.LocalityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(l => l.PostalCode);
    }
}
