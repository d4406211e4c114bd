namespace RightHelp.Api.Glossary;

public sealed class GlossaryOptions
{
    public const string Section = "Content";

    /// <summary>The <c>content/</c> folder; relative paths are taken from the Api's content root.</summary>
    public string RootPath { get; set; } = "../../content";
}
