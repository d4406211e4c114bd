using System.Text.Json;

namespace RightHelp.Api.Data;

/// <summary>A partner's edit to a listing, waiting for an editor; nothing is published until approved.</summary>
public class ListingChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The listing being changed; null when the partner proposes a new service.</summary>
    public Guid? ServiceId { get; set; }

    public Service? Service { get; set; }

    public Guid OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    /// <summary>The proposed listing, in the shape of an Open Referral UK service.</summary>
    public JsonDocument Proposed { get; set; } = null!;

    public ModerationStatus Status { get; set; }

    public string SubmittedBySubject { get; set; } = "";

    public string SubmittedByName { get; set; } = "";

    public DateTimeOffset SubmittedAt { get; set; }

    public string? ReviewedBySubject { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public string? ReviewNote { get; set; }
}
