namespace RightHelp.Api.Data;

public class ServiceAtLocation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ServiceId { get; set; }

    public Service? Service { get; set; }

    public Guid LocationId { get; set; }

    public Location? Location { get; set; }
}
