using System.Reflection;

namespace RightHelp.Durability;

/// <summary>Where the build put one of our apps (Api, Identity, Portal) and its project folder, recorded at build time.</summary>
public sealed record AppLocation(string Assembly, string ProjectDirectory)
{
    public static AppLocation Api { get; } = new(ApiLocation.Assembly, ApiLocation.ProjectDirectory);

    public static AppLocation Identity { get; } = Recorded("Identity");

    public static AppLocation Portal { get; } = Recorded("Portal");

    private static AppLocation Recorded(string app) => new(Full(app + "Assembly"), Full(app + "ProjectDirectory"));

    private static string Full(string key)
    {
        var value = typeof(AppLocation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException($"{key} was not recorded at build time.");
        return Path.GetFullPath(value.Replace('\\', Path.DirectorySeparatorChar));
    }
}
