namespace RightHelp.Api.Data;

/// <summary>One line of "if this locality were 100 children", for example 31 live in poverty.</summary>
public class LocalityProfileItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid LocalityId { get; set; }

    public Locality? Locality { get; set; }

    public int Position { get; set; }

    /// <summary>How many of the 100 children (0 to 100).</summary>
    public int Count { get; set; }

    /// <summary>Plain words completing "... children": "live in a home where money is tight".</summary>
    public string Label { get; set; } = "";

    /// <summary>Where the number comes from, so it can be checked.</summary>
    public string Source { get; set; } = "";
}
