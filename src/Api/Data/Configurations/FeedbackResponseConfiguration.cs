using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class FeedbackResponseConfiguration : IEntityTypeConfiguration<FeedbackResponse>
{
    public void Configure(EntityTypeBuilder<FeedbackResponse> builder)
    {
        builder.ToTable("feedback_responses", t => t.HasCheckConstraint("ck_feedback_responses_published_together", "(published_at IS NULL) = (published_by_id IS NULL)"));
        builder.HasOne(r => r.Locality).WithMany().HasForeignKey(r => r.LocalityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.CreatedBy).WithMany().HasForeignKey(r => r.CreatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.PublishedBy).WithMany().HasForeignKey(r => r.PublishedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Feedback).WithMany(f => f.Responses).UsingEntity<Dictionary<string, object>>(
            "feedback_response_items",
            item => item.HasOne<Feedback>().WithMany().HasForeignKey("feedback_id").OnDelete(DeleteBehavior.Cascade),
            item => item.HasOne<FeedbackResponse>().WithMany().HasForeignKey("feedback_response_id").OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_feedback_response_items_response"),
            item =>
            {
                item.ToTable("feedback_response_items");
                item.HasKey("feedback_response_id", "feedback_id");
            });
        builder.HasIndex(r => r.PublishedAt);
    }
}
