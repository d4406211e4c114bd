using System.Text;
using Microsoft.Extensions.Caching.Distributed;
using RightHelp.Portal.Authentication;

namespace RightHelp.Portal.Tests.Sessions;

/// <summary>The Portal's session files: what one process writes the next reads, until it expires or is removed.</summary>
public sealed class FileSessionCacheTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("righthelp-sessions-").FullName;
    private readonly MovableClock clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_session_written_before_a_restart_is_read_after_it()
    {
        var value = Encoding.UTF8.GetBytes("sealed ticket");
        await new FileSessionCache(folder, clock).SetAsync("rh-session:abc", value, Until(TimeSpan.FromHours(8)));

        var restarted = new FileSessionCache(folder, clock);

        Assert.Equal(value, await restarted.GetAsync("rh-session:abc"));
        Assert.Null(await restarted.GetAsync("rh-session:other"));
    }

    [Fact]
    public async Task A_session_past_its_expiry_is_gone_and_its_file_deleted()
    {
        var cache = new FileSessionCache(folder, clock);
        await cache.SetAsync("rh-session:abc", [1, 2, 3], Until(TimeSpan.FromHours(8)));

        clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromSeconds(1));

        Assert.Null(await cache.GetAsync("rh-session:abc"));
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_removed_session_is_gone_for_every_instance()
    {
        var first = new FileSessionCache(folder, clock);
        var second = new FileSessionCache(folder, clock);
        await first.SetAsync("rh-session:abc", [1, 2, 3], Until(TimeSpan.FromHours(8)));

        await second.RemoveAsync("rh-session:abc");

        Assert.Null(await first.GetAsync("rh-session:abc"));
    }

    [Fact]
    public async Task A_session_written_again_replaces_the_old_one()
    {
        var cache = new FileSessionCache(folder, clock);
        await cache.SetAsync("rh-session:abc", [1], Until(TimeSpan.FromHours(8)));
        await cache.SetAsync("rh-session:abc", [2, 2], Until(TimeSpan.FromHours(8)));

        Assert.Equal([2, 2], await cache.GetAsync("rh-session:abc"));
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task File_names_do_not_reveal_the_session_key()
    {
        await new FileSessionCache(folder, clock).SetAsync("rh-session:secret-key", [1], Until(TimeSpan.FromHours(8)));

        Assert.DoesNotContain(Directory.GetFiles(folder), f => f.Contains("secret-key", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private DistributedCacheEntryOptions Until(TimeSpan lifetime) => new() { AbsoluteExpiration = clock.GetUtcNow() + lifetime };
}
