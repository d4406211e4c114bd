using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace RightHelp.Identity.Pages.Shared;

/// <summary>What the GOV.UK text input partial needs; the id doubles as the name the error summary links to.</summary>
public sealed record TextInput(string Id, string Label, string? Value, ModelStateDictionary State)
{
    public string Type { get; init; } = "text";

    public string? Autocomplete { get; init; }

    public string? Hint { get; init; }

    public string? InputMode { get; init; }

    public string? WidthClass { get; init; }

    public string? Error => State.TryGetValue(Id, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
