using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace RightHelp.Api.Authentication;

public sealed class PortalAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>The issuer, for example <c>http://127.0.0.1:5200</c>; discovery is read from under it.</summary>
    public string Authority { get; set; } = "";

    public string Audience { get; set; } = PortalAuthenticationDefaults.Audience;

    /// <summary>Only Development may fetch discovery and keys over plain http.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How soon an unknown key id may trigger a fresh read of the JWKS.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Set from the options above when the scheme is first used.</summary>
    public IConfigurationManager<OpenIdConnectConfiguration>? ConfigurationManager { get; set; }

    public HttpMessageHandler? BackchannelHandler { get; set; }

    /// <summary>Set with <see cref="ConfigurationManager"/>: where discovery lives and how it is fetched.</summary>
    public string MetadataAddress { get; set; } = "";

    public IDocumentRetriever? DocumentRetriever { get; set; }

    /// <summary>When keys were last fetched because a token named an unknown key id.</summary>
    public DateTimeOffset LastForcedRefresh { get; set; } = DateTimeOffset.MinValue;
}
