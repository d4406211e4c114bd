namespace RightHelp.Portal.Components.Family;

/// <summary>"Ask a question": what the family wants to ask their worker.</summary>
public sealed class QuestionForm
{
    public const int MaxLength = 2000;

    public string? Question { get; set; }
}
