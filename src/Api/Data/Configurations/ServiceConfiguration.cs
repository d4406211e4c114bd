using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    /// <summary>
    /// Name weighs most, then the taxonomy words, then the description, so "parenting" ranks a
    /// parenting course above a service that mentions parents in passing.
    /// </summary>
    public const string SearchVectorSql =
        "setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A') || " +
        "setweight(to_tsvector('english'::regconfig, coalesce(taxonomy_words, '')), 'B') || " +
        "setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')";

    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.ToTable("services");
        builder.HasOne(s => s.Organization).WithMany(o => o.Services).HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.SearchVector).HasColumnType("tsvector").HasComputedColumnSql(SearchVectorSql, stored: true);
        builder.HasIndex(s => s.SearchVector).HasMethod("gin");
        // Trigrams make "parenting" still match "parentng" and partial words.
        builder.HasIndex(s => s.Name).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_services_name_trgm");
        builder.HasIndex(s => new { s.Status, s.AssuredDate });
        builder.Property(s => s.NameVector).HasColumnType("tsvector")
            .HasComputedColumnSql("to_tsvector('english'::regconfig, coalesce(name, ''))", stored: true);
        builder.HasIndex(s => s.NameVector).HasMethod("gin");
        builder.HasIndex(s => new { s.Name, s.Id });
        builder.Property(s => s.TaxonomyTermIds).HasDefaultValueSql("'{}'");
        builder.Property(s => s.LocalityIds).HasDefaultValueSql("'{}'");
        builder.Property(s => s.EligibleAges).HasColumnType("int4multirange");
        builder.HasIndex(s => s.TaxonomyTermIds).HasMethod("gin");
        builder.HasIndex(s => s.LocalityIds).HasMethod("gin");
    }
}
