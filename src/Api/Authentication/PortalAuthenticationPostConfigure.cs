using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace RightHelp.Api.Authentication;

/// <summary>Builds the discovery reader once per scheme, so keys are cached across requests.</summary>
public sealed class PortalAuthenticationPostConfigure : IPostConfigureOptions<PortalAuthenticationOptions>
{
    public void PostConfigure(string? name, PortalAuthenticationOptions options)
    {
        if (options.ConfigurationManager is not null)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(options.Authority))
        {
            throw new InvalidOperationException("Set Services:Identity (the Identity provider's address) so the Api can validate access tokens.");
        }
        var http = new HttpClient(options.BackchannelHandler ?? new HttpClientHandler()) { Timeout = TimeSpan.FromSeconds(30) };
        options.MetadataAddress = options.Authority.TrimEnd('/') + "/.well-known/openid-configuration";
        options.DocumentRetriever = new HttpDocumentRetriever(http) { RequireHttps = options.RequireHttpsMetadata };
        options.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
            options.MetadataAddress,
            new OpenIdConnectConfigurationRetriever(),
            options.DocumentRetriever)
        {
            RefreshInterval = options.RefreshInterval,
        };
    }
}
