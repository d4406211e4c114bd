namespace RightHelp.Api.Data;

/// <summary>A few services a school picks for a family, shared by a secret link; holds no family details.</summary>
public class Shortlist
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The secret in the family's link; whoever has it can read the list, nothing else.</summary>
    public string PublicToken { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>A plain-English note to the family from whoever made the list.</summary>
    public string? Note { get; set; }

    public string CreatedBySubject { get; set; } = "";

    public Guid? OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public List<ShortlistItem> Items { get; set; } = [];
}
