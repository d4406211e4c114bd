namespace RightHelp.Portal.Components.StaffFeedback;

/// <summary>A "we did" response. <see cref="Theme"/> is a theme's slug, or blank to keep the feedback's own.</summary>
public sealed class RespondForm
{
    public const int MaxLength = 2000;
    public const int MaxQuoteLength = 280;

    public string? YouSaid { get; set; }
    public string? Text { get; set; }
    public string? Theme { get; set; }
}
