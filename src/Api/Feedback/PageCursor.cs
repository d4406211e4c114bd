using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace RightHelp.Api.YouSaidWeDid;

/// <summary>
/// Opaque keyset cursors (a time and an id), so a page never repeats or skips rows when new ones
/// arrive. A cursor that does not decode is treated as the start, not as an error.
/// </summary>
public static class PageCursor
{
    public static string Encode(DateTimeOffset at, Guid id)
        => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{id:N}"));

    public static (DateTimeOffset At, Guid Id)? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 200)
        {
            return null;
        }
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && Guid.TryParseExact(parts[1], "N", out var id)
                && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks)
            {
                return (new DateTimeOffset(ticks, TimeSpan.Zero), id);
            }
        }
        catch (FormatException)
        {
        }
        return null;
    }

    public static int PageSize(int? first) => Math.Clamp(first ?? 20, 1, FeedbackLimits.MaxPageSize);
}
