namespace RightHelp.Portal.Components.Staff;

/// <summary>One section of the plan being written; heading and audience are GraphQL enum names.</summary>
public sealed class SectionDraftForm
{
    public string? Key { get; set; }

    public string? Audience { get; set; }

    public string? Markdown { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Markdown);
}
