using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using RightHelp.TestSupport.Security;

namespace RightHelp.Portal.Tests.Security;

/// <summary>
/// Every endpoint of the Portal that accepts a POST, read from its own endpoint data source so a
/// new form cannot escape, refuses a post without a valid antiforgery token (none at all, or one
/// issued to somebody else, as a forging site would send) with 400, and changes nothing: no cookie
/// but the antiforgery one is written. Pages for signed-in people send a stranger to sign in
/// first (authorization runs before the token check), which also changes nothing; for them the
/// test also requires the antiforgery metadata that makes the framework check a signed-in post.
/// </summary>
public sealed class PortalAntiforgeryTests : IDisposable
{
    /// <summary>Endpoints that accept POST but need no token, each with the reason.</summary>
    private static readonly Dictionary<string, string> Exemptions = new(StringComparer.Ordinal)
    {
        ["/health/live"] = "health check: answers any method, reads nothing from the request and changes nothing",
        ["/health/ready"] = "health check: answers any method, reads nothing from the request and changes nothing",
    };

    private readonly WebApplicationFactory<Program> factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
        .UseEnvironment("Production")
        .UseSetting("Services:Api", "http://127.0.0.1:9")
        .UseSetting("Services:Identity", "https://identity.example.test")
        .UseSetting("Identity:ClientSecret", "a-test-secret")
        .UseSetting("RateLimits:Feedback:PermitLimit", "100000")
        .UseSetting("RateLimits:SignIn:PermitLimit", "100000"));

    [Fact]
    public async Task Every_POST_endpoint_refuses_a_post_without_a_valid_token_and_changes_nothing()
    {
        var (attacker, _) = Client();
        var forged = await TokenAsync(attacker);
        var (victim, recorder) = Client();
        await TokenAsync(victim);
        var posts = PostEndpoints();
        Assert.Contains("/feedback", posts.Keys);
        Assert.Contains("/sign-out", posts.Keys);
        Assert.Contains("/directory/shortlist/make", posts.Keys);
        Assert.Equal(Exemptions.Keys.Order(), posts.Keys.Where(Exemptions.ContainsKey).Order());

        var problems = new List<string>();
        foreach (var (path, (endpoint, signedIn)) in posts.Where(post => !Exemptions.ContainsKey(post.Key)))
        {
            foreach (var (kind, token) in new[] { ("no token", (string?)null), ("another person's token", forged) })
            {
                var before = recorder.Lines.Count;
                var fields = new Dictionary<string, string> { ["serviceId"] = Guid.NewGuid().ToString(), ["Form.Text"] = "Forged", ["_handler"] = "feedback" };
                if (token is not null)
                {
                    fields["__RequestVerificationToken"] = token;
                }
                HttpResponseMessage response;
                try
                {
                    response = await victim.PostAsync(path, new FormUrlEncodedContent(fields));
                }
                catch (InvalidOperationException exception)
                {
                    // The test server hands back what Kestrel would turn into an empty 500.
                    problems.Add($"{endpoint} with {kind} failed: {exception.Message}");
                    continue;
                }
                using var _ = response;
                var sentToSignIn = signedIn && response.StatusCode == HttpStatusCode.Redirect
                    && response.Headers.Location!.ToString().StartsWith("https://identity.example.test/connect/authorize?", StringComparison.Ordinal);
                if (response.StatusCode != HttpStatusCode.BadRequest && !sentToSignIn)
                {
                    problems.Add($"{endpoint} with {kind} answered {(int)response.StatusCode}, not 400");
                }
                var written = recorder.Lines.Skip(before).Select(line => line.SetCookie.Split('=', 2)[0])
                    .Where(name => !name.EndsWith("antiforgery", StringComparison.Ordinal))
                    .Where(name => !(sentToSignIn && name.StartsWith(".AspNetCore.Correlation.", StringComparison.Ordinal))).ToList();
                if (written.Count > 0)
                {
                    problems.Add($"{endpoint} with {kind} wrote cookies: {string.Join(", ", written)}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// Each endpoint that accepts POST (no method metadata means any method), by an address that
    /// reaches it, and whether it is for signed-in people only.
    /// </summary>
    private Dictionary<string, (string Name, bool SignedIn)> PostEndpoints()
    {
        var posts = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            if (methods is null || methods.Contains(HttpMethods.Post, StringComparer.OrdinalIgnoreCase))
            {
                var signedIn = endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null;
                if (signedIn)
                {
                    Assert.True(endpoint.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: true },
                        $"{endpoint.DisplayName} is for signed-in people but does not require an antiforgery token");
                }
                posts.TryAdd(Address(endpoint.RoutePattern), (endpoint.DisplayName ?? endpoint.RoutePattern.RawText ?? "?", signedIn));
            }
        }
        return posts;
    }

    /// <summary>A concrete address for a route: a new id where one is wanted, a word elsewhere.</summary>
    public static string Address(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(policy => policy.Content is "int" or "long") => "1",
            RoutePatternParameterPart parameter when parameter.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase)
                || parameter.ParameterPolicies.Any(policy => policy.Content == "guid") => Guid.NewGuid().ToString(),
            _ => "word",
        })));
        return "/" + string.Join('/', segments);
    }

    private (HttpClient Client, SetCookieRecorder Recorder) Client()
    {
        var recorder = new SetCookieRecorder();
        return (factory.CreateDefaultClient(new Uri("https://portal.example.test"), recorder, new CookieContainerHandler()), recorder);
    }

    /// <summary>Opens a form, which gives this client its antiforgery cookie, and returns the form's token.</summary>
    private static async Task<string> TokenAsync(HttpClient client)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/feedback"));
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    public void Dispose() => factory.Dispose();
}
