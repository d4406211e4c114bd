using System.Reflection;

namespace RightHelp.Durability;

/// <summary>Where the build put the Api this test run was built with (same configuration), recorded at build time.</summary>
public static class ApiLocation
{
    public static string Assembly { get; } = Full("ApiAssembly");

    /// <summary>The Api's project folder: its content root, so it finds appsettings and the glossary as in development.</summary>
    public static string ProjectDirectory { get; } = Full("ApiProjectDirectory");

    public static string MigrationsDirectory => Path.Combine(ProjectDirectory, "Data", "Migrations");

    private static string Full(string key)
    {
        var value = typeof(ApiLocation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException($"{key} was not recorded at build time.");
        return Path.GetFullPath(value.Replace('\\', Path.DirectorySeparatorChar));
    }
}
