namespace RightHelp.Api.Data;

/// <summary>"You said": four scores, words, and whether someone may be at risk.</summary>
public class Feedback
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>"Things were explained clearly", 1 to 5.</summary>
    public int? ExplainedClearly { get; set; }

    /// <summary>"I was involved in planning", 1 to 5.</summary>
    public int? InvolvedInPlanning { get; set; }

    /// <summary>"I felt listened to", 1 to 5.</summary>
    public int? ListenedTo { get; set; }

    /// <summary>"Overall I am happy with the help", 1 to 5.</summary>
    public int? HappyWithHelp { get; set; }

    public string Text { get; set; } = "";

    public FeedbackTheme? Theme { get; set; }

    /// <summary>Anonymous feedback keeps no author, account, address or device detail.</summary>
    public bool Anonymous { get; set; }

    public Guid? AuthorPersonId { get; set; }

    public Person? AuthorPerson { get; set; }

    public Guid? LocalityId { get; set; }

    public Locality? Locality { get; set; }

    public FeedbackStatus Status { get; set; }

    /// <summary>The words suggest a child may be at risk: it goes to the duty team at once.</summary>
    public bool SafeguardingFlag { get; set; }

    /// <summary>Sent by the form so a retry never makes a second row.</summary>
    public string? IdempotencyKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public List<FeedbackResponse> Responses { get; set; } = [];
}
