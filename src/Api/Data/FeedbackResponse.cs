namespace RightHelp.Api.Data;

/// <summary>"We did": what changed because of one or more pieces of feedback, or a theme.</summary>
public class FeedbackResponse
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The quote shown on the public board, with anything identifying taken out.</summary>
    public string YouSaid { get; set; } = "";

    public string WeDid { get; set; } = "";

    public FeedbackTheme? Theme { get; set; }

    public Guid? LocalityId { get; set; }

    public Locality? Locality { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid CreatedById { get; set; }

    public Worker? CreatedBy { get; set; }

    /// <summary>Only a manager publishes; unpublished responses are not on the public board.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public Guid? PublishedById { get; set; }

    public Worker? PublishedBy { get; set; }

    public List<Feedback> Feedback { get; set; } = [];
}
