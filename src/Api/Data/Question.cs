namespace RightHelp.Api.Data;

/// <summary>"Get back to me": a family asks, the worker answers by the promised date.</summary>
public class Question
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid FamilyId { get; set; }

    public Family? Family { get; set; }

    public Guid AskedById { get; set; }

    public Person? AskedBy { get; set; }

    public Guid WorkerId { get; set; }

    public Worker? Worker { get; set; }

    public Guid? PlanId { get; set; }

    public Plan? Plan { get; set; }

    public string Text { get; set; } = "";

    public DateTimeOffset AskedAt { get; set; }

    public DateTimeOffset PromisedReplyBy { get; set; }

    public string? Answer { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public Guid? AnsweredById { get; set; }

    public Worker? AnsweredBy { get; set; }
}
