namespace RightHelp.GraphQL.Tests.AspNetCore;

/// <summary>Installs a folder's pinned npm packages (npm ci) once, when missing or older than the lock file.</summary>
internal static class NpmInstall
{
    private const string Marker = ".righthelp-restored";
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsureAsync(string directory)
    {
        await Gate.WaitAsync();
        try
        {
            var marker = Path.Combine(directory, "node_modules", Marker);
            var lockFile = Path.Combine(directory, "package-lock.json");
            if (File.Exists(marker) && File.GetLastWriteTimeUtc(marker) >= File.GetLastWriteTimeUtc(lockFile))
            {
                return;
            }
            var (exitCode, _, stderr) = await GraphQLHttpAuditTests.RunAsync("npm", directory, "ci", "--no-audit", "--no-fund", "--loglevel=error");
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed in {directory}: {stderr}");
            }
            await File.WriteAllTextAsync(marker, "");
        }
        finally
        {
            Gate.Release();
        }
    }
}
