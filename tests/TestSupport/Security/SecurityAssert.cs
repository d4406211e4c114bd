using Xunit;

namespace RightHelp.TestSupport.Security;

/// <summary>
/// What issue 9 asks of every response and cookie of the browser-facing apps (Portal, Identity),
/// in one place so both apps are held to the same rules.
/// </summary>
public static class SecurityAssert
{
    /// <summary>
    /// A CSP that allows no inline or evaluated script and no framing, nosniff, a Referrer-Policy,
    /// and HSTS exactly when outside Development (in Development it would pin localhost to HTTPS).
    /// </summary>
    public static void HasSecurityHeaders(HttpResponseMessage response, bool production)
    {
        var what = $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} ({(int)response.StatusCode})";
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var policies), $"{what} has no Content-Security-Policy");
        var policy = Assert.Single(policies);
        var directives = policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToDictionary(directive => directive.Split(' ')[0], directive => directive, StringComparer.OrdinalIgnoreCase);
        // script-src falls back to default-src when absent; either way the one in force must be strict.
        var script = directives.GetValueOrDefault("script-src") ?? directives.GetValueOrDefault("default-src");
        Assert.True(script is not null, $"{what}: the policy does not restrict scripts: {policy}");
        Assert.DoesNotContain("'unsafe-inline'", script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("'unsafe-eval'", script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("*", script, StringComparison.Ordinal);
        Assert.DoesNotContain("data:", script, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("frame-ancestors 'none'", directives.GetValueOrDefault("frame-ancestors"));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.TryGetValues("Referrer-Policy", out var referrer), $"{what} has no Referrer-Policy");
        Assert.Contains(Assert.Single(referrer), new[] { "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin" });
        var hasHsts = response.Headers.TryGetValues("Strict-Transport-Security", out var hsts);
        if (production)
        {
            Assert.True(hasHsts, $"{what} has no Strict-Transport-Security");
            var maxAge = Assert.Single(hsts!).Split(';')[0].Trim();
            Assert.StartsWith("max-age=", maxAge, StringComparison.Ordinal);
            Assert.True(int.Parse(maxAge["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture) >= 180 * 24 * 3600, $"{what}: HSTS max-age too short");
        }
        else
        {
            Assert.False(hasHsts, $"{what} sends HSTS in Development");
        }
    }

    /// <summary>HttpOnly, SameSite Lax or Strict, and Secure outside Development.</summary>
    public static void IsSafeCookie(string request, string setCookie, bool production)
    {
        var attributes = setCookie.Split(';', StringSplitOptions.TrimEntries).Skip(1)
            .Select(attribute => attribute.Split('=', 2))
            .ToDictionary(pair => pair[0].ToLowerInvariant(), pair => pair.Length > 1 ? pair[1].ToLowerInvariant() : "", StringComparer.Ordinal);
        var name = setCookie.Split('=', 2)[0];
        var what = $"cookie {name} from {request}: {setCookie.Split(';', 2)[^1]}";
        Assert.True(attributes.ContainsKey("httponly"), $"{what} is not HttpOnly");
        Assert.True(attributes.TryGetValue("samesite", out var sameSite) && sameSite is "lax" or "strict", $"{what} is not SameSite Lax or Strict");
        if (production)
        {
            Assert.True(attributes.ContainsKey("secure"), $"{what} is not Secure");
        }
    }
}
