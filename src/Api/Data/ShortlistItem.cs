namespace RightHelp.Api.Data;

public class ShortlistItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ShortlistId { get; set; }

    public Shortlist? Shortlist { get; set; }

    public Guid ServiceId { get; set; }

    public Service? Service { get; set; }

    public int Position { get; set; }

    public string? Note { get; set; }
}
