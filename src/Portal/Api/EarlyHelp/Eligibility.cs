namespace RightHelp.Portal.Api.EarlyHelp;

public sealed record Eligibility(string Description, int? MinimumAge, int? MaximumAge)
{
    public string Ages => (MinimumAge, MaximumAge) switch
    {
        (null, null) => "Any age",
        ({ } min, null) => $"{min} and over",
        (null, { } max) => $"Up to {max}",
        ({ } min, { } max) => $"{min} to {max}",
    };
}
