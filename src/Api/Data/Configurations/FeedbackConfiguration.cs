using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> builder)
    {
        builder.ToTable("feedback", t =>
        {
            t.HasCheckConstraint("ck_feedback_explained_clearly", "explained_clearly BETWEEN 1 AND 5");
            t.HasCheckConstraint("ck_feedback_involved_in_planning", "involved_in_planning BETWEEN 1 AND 5");
            t.HasCheckConstraint("ck_feedback_listened_to", "listened_to BETWEEN 1 AND 5");
            t.HasCheckConstraint("ck_feedback_happy_with_help", "happy_with_help BETWEEN 1 AND 5");
            t.HasCheckConstraint("ck_feedback_anonymous_has_no_author", "NOT anonymous OR author_person_id IS NULL");
        });
        builder.HasOne(f => f.AuthorPerson).WithMany().HasForeignKey(f => f.AuthorPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(f => f.Locality).WithMany().HasForeignKey(f => f.LocalityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(f => f.IdempotencyKey).IsUnique();
        builder.HasIndex(f => new { f.LocalityId, f.CreatedAt });
    }
}
