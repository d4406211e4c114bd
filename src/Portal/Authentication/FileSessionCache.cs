using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Distributed;

namespace RightHelp.Portal.Authentication;

/// <summary>
/// The session store's cache kept as one file per entry in <c>Sessions:Path</c>, so people stay
/// signed in when the Portal restarts or is killed, and instances sharing the folder (a shared
/// volume) share sessions. Entries are sealed by <see cref="DistributedTicketStore"/> with Data
/// Protection before they get here; file names are hashes of the keys, and files are written
/// whole and renamed into place, so a crash mid-write leaves the old entry or none.
/// </summary>
public sealed class FileSessionCache : IDistributedCache
{
    private const string Extension = ".session";
    private const int HeaderBytes = 24;
    private readonly DirectoryInfo folder;
    private readonly TimeProvider time;
    private int writesSinceSweep;

    public FileSessionCache(string path, TimeProvider time)
    {
        folder = System.IO.Directory.CreateDirectory(path);
        this.time = time;
        Sweep();
    }

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        var entry = await ReadAsync(key, token);
        if (entry is null)
        {
            return null;
        }
        if (entry.Value.Sliding > 0)
        {
            await WriteAsync(key, entry.Value.Absolute, entry.Value.Sliding, entry.Value.Value, token);
        }
        return entry.Value.Value;
    }

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public async Task RefreshAsync(string key, CancellationToken token = default)
    {
        if (await ReadAsync(key, token) is { Sliding: > 0 } entry)
        {
            await WriteAsync(key, entry.Absolute, entry.Sliding, entry.Value, token);
        }
    }

    public void Remove(string key) => File.Delete(PathOf(key));

    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        Remove(key);
        return Task.CompletedTask;
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        var now = time.GetUtcNow();
        var absolute = options.AbsoluteExpiration ?? (options.AbsoluteExpirationRelativeToNow is { } relative ? now + relative : DateTimeOffset.MaxValue);
        var sliding = (long)(options.SlidingExpiration?.TotalMilliseconds ?? 0);
        if (Interlocked.Increment(ref writesSinceSweep) >= 200)
        {
            Interlocked.Exchange(ref writesSinceSweep, 0);
            Sweep();
        }
        return WriteAsync(key, absolute.ToUnixTimeMilliseconds(), sliding, value, token);
    }

    private async Task<(long Absolute, long Sliding, byte[] Value)?> ReadAsync(string key, CancellationToken token)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(PathOf(key), token);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        if (bytes.Length < HeaderBytes)
        {
            return null;
        }
        var absolute = BinaryPrimitives.ReadInt64LittleEndian(bytes);
        var sliding = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(8));
        var expires = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(16));
        if (expires <= time.GetUtcNow().ToUnixTimeMilliseconds())
        {
            File.Delete(PathOf(key));
            return null;
        }
        return (absolute, sliding, bytes[HeaderBytes..]);
    }

    private async Task WriteAsync(string key, long absolute, long sliding, byte[] value, CancellationToken token)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var expires = sliding > 0 ? Math.Min(absolute, now + sliding) : absolute;
        var bytes = new byte[HeaderBytes + value.Length];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, absolute);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(8), sliding);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(16), expires);
        value.CopyTo(bytes, HeaderBytes);
        var path = PathOf(key);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        await using (var stream = new FileStream(temporary, options))
        {
            await stream.WriteAsync(bytes, token);
            await stream.FlushAsync(token);
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Deletes entries past their expiry and temporary files a crash left behind.</summary>
    private void Sweep()
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var header = new byte[HeaderBytes];
        foreach (var file in folder.EnumerateFiles())
        {
            try
            {
                if (file.Name.EndsWith(".tmp", StringComparison.Ordinal) && file.LastWriteTimeUtc < time.GetUtcNow().UtcDateTime.AddMinutes(-5))
                {
                    file.Delete();
                    continue;
                }
                if (file.Extension != Extension)
                {
                    continue;
                }
                using (var stream = file.OpenRead())
                {
                    if (stream.Read(header) == HeaderBytes && BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(16)) > now)
                    {
                        continue;
                    }
                }
                file.Delete();
            }
            catch (IOException)
            {
                // Another instance sweeping or writing the same file: it is theirs to finish.
            }
        }
    }

    private string PathOf(string key)
        => Path.Combine(folder.FullName, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))) + Extension);
}
