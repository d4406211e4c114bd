using Microsoft.Extensions.DependencyInjection.Extensions;
using RightHelp.Identity.Provider;
using RightHelp.Identity.Signing;

namespace RightHelp.Identity.Extensions;

public static class ProviderExtensions
{
    /// <summary>The OpenID Connect provider's services: keys, tokens, client authentication.</summary>
    public static WebApplicationBuilder AddOidcProvider(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SigningKeyStore>();
        builder.Services.AddHostedService<SigningKeyRotation>();
        builder.Services.AddSingleton<IssuerResolver>();
        builder.Services.AddSingleton<TokenFactory>();
        builder.Services.AddSingleton<TokenValidator>();
        builder.Services.AddScoped<ClientAuthenticator>();
        builder.Services.AddScoped<AccountLoader>();
        builder.Services.AddScoped<GrantRevoker>();
        return builder;
    }

    /// <summary>Discovery, JWKS and the /connect endpoints.</summary>
    public static IEndpointRouteBuilder MapOidcProvider(this IEndpointRouteBuilder app)
    {
        string[] getOrPost = [HttpMethods.Get, HttpMethods.Post];
        app.MapGet(ProviderConstants.DiscoveryPath, DiscoveryEndpoint.Handle);
        app.MapGet(ProviderConstants.JwksPath, JwksEndpoint.HandleAsync);
        app.MapMethods(ProviderConstants.AuthorizePath, getOrPost, AuthorizeEndpoint.HandleAsync).DisableAntiforgery();
        app.MapPost(ProviderConstants.TokenPath, TokenEndpoint.HandleAsync).DisableAntiforgery();
        app.MapMethods(ProviderConstants.UserInfoPath, getOrPost, UserInfoEndpoint.HandleAsync).DisableAntiforgery();
        app.MapMethods(ProviderConstants.EndSessionPath, getOrPost, EndSessionEndpoint.HandleAsync).DisableAntiforgery();
        app.MapPost(ProviderConstants.RevocationPath, RevocationEndpoint.HandleAsync).DisableAntiforgery();
        return app;
    }
}
