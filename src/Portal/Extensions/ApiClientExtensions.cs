using RightHelp.Portal.Api;

namespace RightHelp.Portal.Extensions;

public static class ApiClientExtensions
{
    /// <summary>The Portal owns no database: everything about families comes from the Api at <c>Services:Api</c>.</summary>
    public static WebApplicationBuilder AddPortalApiClient(this WebApplicationBuilder builder)
    {
        var api = builder.Configuration["Services:Api"] ?? "http://127.0.0.1:5100";
        builder.Services.AddHttpClient<ApiClient>(client => client.BaseAddress = new Uri(api.TrimEnd('/') + "/"));
        return builder;
    }
}
