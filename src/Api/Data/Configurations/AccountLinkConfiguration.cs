using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class AccountLinkConfiguration : IEntityTypeConfiguration<AccountLink>
{
    public void Configure(EntityTypeBuilder<AccountLink> builder)
    {
        // Each relationship points at exactly the one thing it grants, so a link can never be read two ways.
        builder.ToTable("account_links", t => t.HasCheckConstraint("ck_account_links_target", """
            (relationship IN ('ParentOrCarer', 'YoungPerson') AND person_id IS NOT NULL AND worker_id IS NULL AND organization_id IS NULL)
            OR (relationship = 'Worker' AND worker_id IS NOT NULL AND person_id IS NULL AND organization_id IS NULL)
            OR (relationship = 'PartnerMember' AND organization_id IS NOT NULL AND person_id IS NULL AND worker_id IS NULL)
            OR (relationship = 'Editor' AND person_id IS NULL AND worker_id IS NULL AND organization_id IS NULL)
            """));
        builder.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Worker).WithMany().HasForeignKey(a => a.WorkerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Organization).WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.Issuer, a.Subject, a.Relationship, a.PersonId, a.WorkerId, a.OrganizationId }).IsUnique().AreNullsDistinct(false).HasDatabaseName("ix_account_links_target");
    }
}
