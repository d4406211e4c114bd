namespace RightHelp.Portal.Components.GovUk;

/// <summary>A task: its name, where to do it (none when it cannot be started yet), and its status.</summary>
public sealed record TaskListItem(string Title, string? Href, string Status, TagColour? StatusColour = null, string? Hint = null);
