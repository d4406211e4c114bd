namespace RightHelp.Api.Data;

public class WorkerLocality
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid WorkerId { get; set; }

    public Worker? Worker { get; set; }

    public Guid LocalityId { get; set; }

    public Locality? Locality { get; set; }
}
