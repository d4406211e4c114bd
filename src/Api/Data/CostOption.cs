namespace RightHelp.Api.Data;

public class CostOption
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ServiceId { get; set; }

    public Service? Service { get; set; }

    /// <summary>What the price is for ("per session", "per term").</summary>
    public string Option { get; set; } = "";

    public decimal? Amount { get; set; }

    public string? AmountDescription { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
