using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RightHelp.Api.Data.Configurations;

public sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.ToTable("questions", t => t.HasCheckConstraint("ck_questions_answered_together", "(answer IS NULL) = (answered_at IS NULL)"));
        builder.HasOne(q => q.Family).WithMany().HasForeignKey(q => q.FamilyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(q => q.AskedBy).WithMany().HasForeignKey(q => q.AskedById).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(q => q.Worker).WithMany().HasForeignKey(q => q.WorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(q => q.Plan).WithMany().HasForeignKey(q => q.PlanId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(q => q.AnsweredBy).WithMany().HasForeignKey(q => q.AnsweredById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => new { q.WorkerId, q.AnsweredAt });
    }
}
