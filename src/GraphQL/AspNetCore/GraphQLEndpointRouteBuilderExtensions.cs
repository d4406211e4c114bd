using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RightHelp.GraphQL.AspNetCore.Ide;

namespace RightHelp.GraphQL.AspNetCore;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps a GraphQL over HTTP endpoint at <paramref name="path"/> that runs requests through the
    /// <see cref="RightHelp.GraphQL.Execution.IRequestExecutor"/> registered in DI, and in Development
    /// (or when <see cref="GraphQLHttpOptions.EnableIde"/> is set) the GraphiQL IDE at the same path.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints,
        string path = "/graphql",
        Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!path.StartsWith('/') || path.Contains('{'))
        {
            throw new ArgumentException("The GraphQL path must be a literal path starting with '/'.", nameof(path));
        }

        var services = endpoints.ServiceProvider;
        var options = new GraphQLHttpOptions
        {
            EnableIde = services.GetService<IHostEnvironment>()?.IsDevelopment() ?? false,
        };
        configure?.Invoke(options);
        if (options.MaxRequestBodyBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(configure), "MaxRequestBodyBytes must be positive.");
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("RightHelp.GraphQL.AspNetCore");
        var ide = options.EnableIde ? new GraphiQLIde(path) : null;
        var handler = new GraphQLHttpHandler(options, ide, logger);

        var builders = new List<IEndpointConventionBuilder>
        {
            endpoints.Map(path, handler.HandleAsync).WithDisplayName("GraphQL " + path),
        };
        if (ide is not null)
        {
            builders.Add(endpoints
                .MapGet(ide.AssetRoutePattern, (HttpContext context, string file) => ide.WriteAssetAsync(context, file))
                .WithDisplayName("GraphiQL assets " + path)
                .ExcludeFromDescription());
        }
        return new CompositeEndpointConventionBuilder(builders);
    }
}
