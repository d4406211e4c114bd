using Microsoft.Extensions.Options;
using RightHelp.Portal.Content;

namespace RightHelp.Portal.Tests.Content;

/// <summary>The repository's content/ (copied beside the tests by the build), or a scratch folder a test writes.</summary>
public sealed class ContentFolder : IDisposable
{
    private ContentFolder(string path, bool owned)
    {
        Path = path;
        Owned = owned;
    }

    public string Path { get; }

    private bool Owned { get; }

    public static ContentStore Real() => Open(ContentOptions.Resolve(null));

    public static ContentFolder Scratch() =>
        new(Directory.CreateTempSubdirectory("righthelp-content-").FullName, owned: true);

    public void Write(string relativePath, string text)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    public ContentStore Store() => Open(Path);

    public void Dispose()
    {
        if (Owned)
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private static ContentStore Open(string path) =>
        new(Options.Create(new ContentOptions { Path = path }), new GovUkMarkdown());
}
