namespace RightHelp.Portal.Components.Staff;

/// <summary>What the answer form under each question posts.</summary>
public sealed class AnswerForm
{
    public string? QuestionId { get; set; }

    public string? Answer { get; set; }
}
