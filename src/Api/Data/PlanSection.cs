namespace RightHelp.Api.Data;

public class PlanSection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlanVersionId { get; set; }

    public PlanVersion? PlanVersion { get; set; }

    public SectionHeading Heading { get; set; }

    public Audience Audience { get; set; }

    public int Position { get; set; }

    /// <summary>Markdown, as the practitioner wrote it; plain-language help is added when it is shown.</summary>
    public string Body { get; set; } = "";
}
