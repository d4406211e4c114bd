using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using RightHelp.Identity.Accounts;
using RightHelp.Identity.Invitations;
using RightHelp.Identity.Messaging;
using RightHelp.Identity.Pages.Shared;
using RightHelp.Identity.Provider;
using RightHelp.ServiceDefaults.ErrorPages;

namespace RightHelp.Identity.Extensions;

public static class SignInExtensions
{
    /// <summary>The sign-in pages: session cookies, Razor Pages, one-time codes and invitations.</summary>
    public static WebApplicationBuilder AddSignInPages(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        // __Host- cookies must be Secure; Development runs on plain http at 127.0.0.1.
        var prefix = development ? "" : "__Host-";
        var secure = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.Services.AddAuthentication(SessionSchemes.Session)
            .AddCookie(SessionSchemes.Session, options =>
            {
                options.Cookie.Name = prefix + "rh-session";
                options.Cookie.SecurePolicy = secure;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.LoginPath = "/account/sign-in";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = false;
            })
            .AddCookie(SessionSchemes.Pending, options =>
            {
                options.Cookie.Name = prefix + "rh-pending";
                options.Cookie.SecurePolicy = secure;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            })
            // Where SignInManager keeps a passkey ceremony's challenge between the options and
            // the answer; it reads it once and clears it, so a challenge cannot be answered twice.
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme, options =>
            {
                options.Cookie.Name = prefix + "rh-passkey";
                options.Cookie.SecurePolicy = secure;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
            });
        builder.Services.Configure<IdentityPasskeyOptions>(options =>
        {
            options.UserVerificationRequirement = "required";
            // Discoverable, so a person can sign in without typing their email address first.
            options.ResidentKeyRequirement = "required";
            options.ValidateOrigin = PasskeyOrigins.IsOursAsync;
            if (builder.Configuration["Identity:Issuer"] is { Length: > 0 } issuer)
            {
                options.ServerDomain = new Uri(issuer).Host;
            }
        });
        builder.Services.AddAuthorization();
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = prefix + "rh-antiforgery";
            options.Cookie.SecurePolicy = secure;
        });
        // The passkeys page keeps its message for the next request in temp data.
        builder.Services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = prefix + "rh-tempdata";
            options.Cookie.SecurePolicy = secure;
            options.Cookie.SameSite = SameSiteMode.Lax;
        });
        // A year, as GOV.UK services use: browsers then never try plain http first.
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddRazorPages();
        builder.Services.Configure<FormOptions>(options => options.ValueCountLimit = 64);

        builder.Services.AddSingleton<ClientOrigins>();
        builder.Services.AddSingleton(services => PortalAddress.Resolve(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>()));
        builder.Services.AddScoped<SessionSignIn>();
        builder.Services.AddScoped<TotpVerifier>();
        builder.Services.AddScoped<OneTimeCodes>();
        builder.Services.AddScoped<InvitationService>();
        builder.Services.AddScoped<Outbox>();
        builder.Services.AddSingleton<IMessageSender, LoggingMessageSender>();
        builder.Services.AddHostedService<OutboxDispatcher>();
        return builder;
    }

    /// <summary>HTTPS outside Development, security headers, static files and the pages.</summary>
    public static WebApplication UseSignInPages(this WebApplication app)
    {
        // Now, not on someone's first page: a missing Identity:PortalUrl stops the start.
        _ = app.Services.GetRequiredService<PortalAddress>();
        var clientOrigins = app.Services.GetRequiredService<ClientOrigins>();
        // Outermost, so the error page it renders passes through the headers below again (it clears the response).
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error/500", CreateScopeForErrors = true });
        }
        // Next, so every response has them: the refusal of plain http and the error answers too.
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            var formAction = $"'self' {await clientOrigins.SourcesAsync(context.RequestAborted)}".TrimEnd();
            headers.ContentSecurityPolicy = $"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action {formAction}; frame-ancestors 'none'";
            await next();
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.Use(async (context, next) =>
            {
                if (!context.Request.IsHttps && !context.Request.Path.StartsWithSegments("/health"))
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    await context.Response.WriteAsync("HTTPS is required.");
                    return;
                }
                await next();
            });
        }
        // Pages get a styled page for an empty error answer; the protocol endpoints keep theirs (JSON errors,
        // or an empty 401 with WWW-Authenticate), which clients read.
        app.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true);
        app.Use(KeepProtocolAnswers);
        app.UseErrorPagesRenderedAsGet();
        app.UseSignInRateLimits();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        return app;
    }

    private static Task KeepProtocolAnswers(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        if ((path.StartsWithSegments("/connect") || path.StartsWithSegments("/.well-known") || path.StartsWithSegments("/health"))
            && context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }
        return next(context);
    }
}
