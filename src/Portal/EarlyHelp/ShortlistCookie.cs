using System.Text.RegularExpressions;

namespace RightHelp.Portal.EarlyHelp;

/// <summary>
/// The services a school has picked, kept in the browser as a cookie of public listing ids only:
/// no account, no family details, nothing kept on the server until the list is made.
/// </summary>
public static partial class ShortlistCookie
{
    public const string Name = "rh_shortlist";
    public const int MaxServices = 10;

    public static IReadOnlyList<string> Read(HttpRequest request)
        => request.Cookies.TryGetValue(Name, out var value) && value is not null
            ? [.. value.Split('.', StringSplitOptions.RemoveEmptyEntries).Where(IsServiceId).Distinct(StringComparer.Ordinal).Take(MaxServices)]
            : [];

    public static void Write(HttpContext context, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            context.Response.Cookies.Delete(Name, new CookieOptions { Path = "/" });
            return;
        }
        context.Response.Cookies.Append(Name, string.Join('.', ids.Take(MaxServices)), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            MaxAge = TimeSpan.FromDays(7),
            IsEssential = true,
        });
    }

    /// <summary>The Api's global ids are base64url; anything else in the cookie is ignored.</summary>
    public static bool IsServiceId(string? value) => value is not null && IdPattern().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9_-]{8,100}$")]
    private static partial Regex IdPattern();
}
