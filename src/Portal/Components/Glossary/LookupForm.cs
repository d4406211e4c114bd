namespace RightHelp.Portal.Components.Glossary;

/// <summary>What someone typed into "Look up a word".</summary>
public sealed class LookupForm
{
    public string? Word { get; set; }
}
