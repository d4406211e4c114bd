namespace RightHelp.Api.Data;

/// <summary>"Report something out of date" on a listing; reaches its owner and the editors.</summary>
public class OutOfDateReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ServiceId { get; set; }

    public Service? Service { get; set; }

    public string Details { get; set; } = "";

    /// <summary>Optional, only if the reporter wants a reply.</summary>
    public string? ReporterEmail { get; set; }

    public ReportStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
}
