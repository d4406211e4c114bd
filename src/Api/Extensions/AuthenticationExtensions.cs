using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RightHelp.Api.Authentication;

namespace RightHelp.Api.Extensions;

public static class AuthenticationExtensions
{
    /// <summary>
    /// Bearer access tokens from our Identity provider, found at <c>Services:Identity</c>
    /// (for example <c>http://127.0.0.1:5200</c>). Plain http is allowed only in Development.
    /// </summary>
    public static WebApplicationBuilder AddPortalAuthentication(this WebApplicationBuilder builder, Action<PortalAuthenticationOptions>? configure = null)
    {
        var authority = builder.Configuration["Services:Identity"] ?? "";
        var development = builder.Environment.IsDevelopment();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<PortalAuthenticationOptions>, PortalAuthenticationPostConfigure>());
        builder.Services.AddAuthentication(PortalAuthenticationDefaults.Scheme)
            .AddScheme<PortalAuthenticationOptions, PortalAuthenticationHandler>(PortalAuthenticationDefaults.Scheme, options =>
            {
                options.Authority = authority;
                options.RequireHttpsMetadata = !development;
                configure?.Invoke(options);
            });
        builder.Services.AddAuthorization();
        return builder;
    }
}
