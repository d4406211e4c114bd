using System.Diagnostics;

namespace RightHelp.Benchmarks.Pages;

/// <summary>
/// Concurrent users, each asking for a page again as soon as the last one arrived, timing until the
/// response headers are in (time to first byte) and then reading the rest, as a browser would.
/// </summary>
public static class PageLoad
{
    public static async Task<LoadResult> RunAsync(HttpClient http, Uri page, string? cookies, int users, TimeSpan duration)
    {
        var timings = new List<double>();
        var errors = 0;
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        async Task User()
        {
            var buffer = new byte[16 * 1024];
            while (Stopwatch.GetTimestamp() < until)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, page);
                if (cookies is not null)
                {
                    request.Headers.Add("Cookie", cookies);
                }
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                    var ttfb = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    await using var body = await response.Content.ReadAsStreamAsync();
                    while (await body.ReadAsync(buffer) > 0)
                    {
                    }
                    lock (timings)
                    {
                        timings.Add(ttfb);
                        if (!response.IsSuccessStatusCode)
                        {
                            errors++;
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, users).Select(_ => Task.Run(User)));
        timings.Sort();
        return new LoadResult(users, Percentiles.Of(timings, 50), Percentiles.Of(timings, 95), timings.Count, errors);
    }
}
