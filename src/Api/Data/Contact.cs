namespace RightHelp.Api.Data;

public class Contact
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ServiceId { get; set; }

    public Service? Service { get; set; }

    public string Name { get; set; } = "";

    public string? Title { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
