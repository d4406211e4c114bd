using Microsoft.AspNetCore.Identity;
using RightHelp.Identity.Provider;

namespace RightHelp.Identity.Accounts;

/// <summary>
/// A passkey answer counts only if the browser made it on our own origin, top level. The
/// framework's default compares with the request's Origin header, which our no-referrer policy
/// turns into "null" on form posts; the issuer is the origin we actually serve from.
/// </summary>
public static class PasskeyOrigins
{
    public static ValueTask<bool> IsOursAsync(PasskeyOriginValidationContext context)
    {
        if (context.CrossOrigin || context.TopOrigin is { Length: > 0 })
        {
            return ValueTask.FromResult(false);
        }
        var issuer = new Uri(context.HttpContext.RequestServices.GetRequiredService<IssuerResolver>().Resolve(context.HttpContext));
        var expected = issuer.GetLeftPart(UriPartial.Authority);
        return ValueTask.FromResult(string.Equals(context.Origin, expected, StringComparison.Ordinal));
    }
}
