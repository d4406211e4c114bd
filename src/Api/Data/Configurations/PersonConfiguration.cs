using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people", t => t.HasCheckConstraint("ck_people_external_reference_has_source", "(external_source IS NULL) = (external_reference IS NULL)"));
        builder.HasOne(p => p.Family).WithMany(f => f.Members).HasForeignKey(p => p.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ExternalSource, p.ExternalReference }).IsUnique();
    }
}
