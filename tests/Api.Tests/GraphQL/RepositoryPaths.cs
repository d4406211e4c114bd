namespace RightHelp.Api.Tests.GraphQL;

public static class RepositoryPaths
{
    /// <summary>The repository root: the folder holding Portal.sln above the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string SchemaFile => Path.Combine(Root, "src", "Api", "schema.graphql");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
