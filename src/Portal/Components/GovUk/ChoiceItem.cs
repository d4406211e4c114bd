namespace RightHelp.Portal.Components.GovUk;

/// <summary>An option of radios, checkboxes or a select.</summary>
public sealed record ChoiceItem(string Value, string Text, string? Hint = null);
