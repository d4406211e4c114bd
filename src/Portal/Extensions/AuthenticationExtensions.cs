using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using RightHelp.Portal.Authentication;

namespace RightHelp.Portal.Extensions;

public static class AuthenticationExtensions
{
    /// <summary>
    /// The Portal is a backend for the browser: it signs people in with the OAuth code flow and
    /// PKCE at our Identity service, validates the id_token, and keeps every token on the server
    /// behind an HttpOnly, SameSite cookie that holds only a session key.
    /// </summary>
    public static WebApplicationBuilder AddPortalSignIn(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<IdentityProviderOptions>()
            .Bind(builder.Configuration.GetSection(IdentityProviderOptions.Section))
            .PostConfigure(options =>
            {
                if (string.IsNullOrEmpty(options.Authority))
                {
                    options.Authority = builder.Configuration["Services:Identity"] ?? "http://127.0.0.1:5200";
                }
                options.RequireHttpsMetadata = !development;
            });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IdTokenValidator>();
        builder.Services.AddSingleton<TokenRefresher>();
        builder.Services.AddHttpClient(TokenRefresher.HttpClientName);
        // Sessions:Path keeps sessions on disk so a restart (or a crash) signs nobody out; without it they live in memory.
        if (builder.Configuration["Sessions:Path"] is { Length: > 0 } sessionsPath)
        {
            builder.Services.AddSingleton<IDistributedCache>(provider => new FileSessionCache(sessionsPath, provider.GetRequiredService<TimeProvider>()));
        }
        else
        {
            builder.Services.AddDistributedMemoryCache();
        }
        builder.Services.AddSingleton<DistributedTicketStore>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddAuthorization();

        // Without a client secret (a Production deployment not yet given one) public pages must
        // still work: sign-in is then unavailable, said kindly, instead of every request failing.
        var signInConfigured = !string.IsNullOrEmpty(builder.Configuration[$"{IdentityProviderOptions.Section}:ClientSecret"]);
        var authentication = builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = PortalAuthenticationDefaults.CookieScheme;
                options.DefaultChallengeScheme = signInConfigured ? PortalAuthenticationDefaults.IdentityScheme : PortalAuthenticationDefaults.CookieScheme;
            })
            .AddCookie(PortalAuthenticationDefaults.CookieScheme, options =>
            {
                // The __Host- prefix pins the cookie to this origin, but browsers accept it only over HTTPS.
                options.Cookie.Name = development ? "right-help" : "__Host-right-help";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.LoginPath = PortalAuthenticationDefaults.SignInUnavailablePath;
                options.Events.OnValidatePrincipal = context =>
                    context.HttpContext.RequestServices.GetRequiredService<TokenRefresher>().ValidatePrincipalAsync(context);
            });
        if (signInConfigured)
        {
            authentication.AddOAuth(PortalAuthenticationDefaults.IdentityScheme, _ => { });
        }

        // Endpoints come from the provider's settings, resolved once options exist.
        builder.Services.AddOptions<CookieAuthenticationOptions>(PortalAuthenticationDefaults.CookieScheme)
            .Configure<DistributedTicketStore>((options, store) => options.SessionStore = store);
        builder.Services.AddOptions<OAuthOptions>(PortalAuthenticationDefaults.IdentityScheme)
            .Configure<IOptions<IdentityProviderOptions>>((options, provider) =>
            {
                var identity = provider.Value;
                var authority = identity.Authority.TrimEnd('/');
                options.ClientId = identity.ClientId;
                options.ClientSecret = identity.ClientSecret;
                options.AuthorizationEndpoint = authority + "/connect/authorize";
                options.TokenEndpoint = authority + "/connect/token";
                options.UserInformationEndpoint = authority + "/connect/userinfo";
                options.CallbackPath = PortalAuthenticationDefaults.CallbackPath;
                options.UsePkce = true;
                options.SaveTokens = true;
                options.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "email", "offline_access", "api" })
                {
                    options.Scope.Add(scope);
                }
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.CorrelationCookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                options.Events.OnCreatingTicket = OAuthSignInEvents.CreatingTicketAsync;
            });
        return builder;
    }

    public static WebApplication UsePortalSignIn(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
