namespace RightHelp.Portal.Components.GovUk;

/// <summary>
/// A row of a summary list. <paramref name="ActionHiddenText"/> finishes the action link for
/// screen readers ("Change" + " your phone number").
/// </summary>
public sealed record SummaryListRow(string Key, string Value, string? ActionHref = null, string? ActionText = null, string? ActionHiddenText = null);
