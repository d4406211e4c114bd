namespace RightHelp.Portal.Components.Feedback;

/// <summary>
/// The feedback form as posted. Scores are radio values "1" to "5"; <see cref="IdempotencyKey"/>
/// is made when the form is first shown and posted back, so sending twice stores it once.
/// </summary>
public sealed class GiveFeedbackForm
{
    public const int MaxLength = 2000;
    public const string Named = "named";
    public const string Anonymous = "anonymous";

    public string? ExplainedClearly { get; set; }
    public string? InvolvedInPlanning { get; set; }
    public string? ListenedTo { get; set; }
    public string? HappyWithHelp { get; set; }
    public string? Text { get; set; }
    public string? Theme { get; set; }
    public string? Locality { get; set; }
    public string? HowToGive { get; set; }
    public string? IdempotencyKey { get; set; }
}
