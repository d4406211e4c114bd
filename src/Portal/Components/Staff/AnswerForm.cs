namespace RightHelp.Portal.Components.Staff;

/// <summary>
/// What the questions page posts: one form holds every answer box (a page may have only one form
/// of a name), and the button pressed says which question is being answered.
/// </summary>
public sealed class AnswerForm
{
    public string? QuestionId { get; set; }

    public Dictionary<string, string?> Answers { get; set; } = [];

    public string? Answer => QuestionId is { } id ? Answers.GetValueOrDefault(id) : null;
}
