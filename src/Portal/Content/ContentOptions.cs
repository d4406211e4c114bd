namespace RightHelp.Portal.Content;

public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>Folder holding pages/, glossary/ and levels/. Defaults to the copy beside the app.</summary>
    public string Path { get; set; } = "";

    /// <summary>
    /// The build copies content/ next to the binaries; a relative path is taken from there, so
    /// the app finds its content whatever the working directory.
    /// </summary>
    public static string Resolve(string? path)
    {
        var folder = string.IsNullOrWhiteSpace(path) ? "content" : path;
        return System.IO.Path.IsPathRooted(folder)
            ? folder
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, folder));
    }
}
