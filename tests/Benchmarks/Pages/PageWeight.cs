using System.Net;
using System.Text;
using RightHelp.Benchmarks.Stack;

namespace RightHelp.Benchmarks.Pages;

/// <summary>
/// Bytes a first visit to a page moves over the wire: the HTML and every stylesheet, script, image and
/// woff2 font it links (each once), asking for compression as a browser does.
/// </summary>
public static class PageWeight
{
    public static async Task<(long Html, long Css, long Js, long Fonts, long Other)> MeasureAsync(Uri page, string? cookies)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, UseCookies = false });
        var (htmlBytes, htmlText) = await FetchAsync(http, page, cookies);
        long css = 0, js = 0, fonts = 0, other = 0;
        var seen = new HashSet<Uri>();
        foreach (var asset in HtmlForms.LinkedAssets(htmlText, page))
        {
            if (!seen.Add(asset))
            {
                continue;
            }
            var (bytes, text) = await FetchAsync(http, asset, cookies);
            var path = asset.AbsolutePath;
            if (path.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
            {
                css += bytes;
                foreach (var font in HtmlForms.Fonts(text, asset).Where(seen.Add))
                {
                    fonts += (await FetchAsync(http, font, cookies)).Bytes;
                }
            }
            else if (path.EndsWith(".js", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".mjs", StringComparison.OrdinalIgnoreCase))
            {
                js += bytes;
            }
            else
            {
                other += bytes;
            }
        }
        return (htmlBytes, css, js, fonts, other);
    }

    /// <summary>Wire bytes (compressed when the server compressed) and, for text, the decoded text.</summary>
    private static async Task<(long Bytes, string Text)> FetchAsync(HttpClient http, Uri address, string? cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        if (cookies is not null)
        {
            request.Headers.Add("Cookie", cookies);
        }
        using var response = await http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var encoding = response.Content.Headers.ContentEncoding.FirstOrDefault();
        var decoded = encoding switch
        {
            "br" => await Decode(new System.IO.Compression.BrotliStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress)),
            "gzip" => await Decode(new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress)),
            _ => bytes,
        };
        var isText = response.Content.Headers.ContentType?.MediaType is { } type && (type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("javascript", StringComparison.Ordinal));
        return (bytes.LongLength, isText ? Encoding.UTF8.GetString(decoded) : "");
    }

    private static async Task<byte[]> Decode(Stream stream)
    {
        await using (stream)
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            return buffer.ToArray();
        }
    }
}
