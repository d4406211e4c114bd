namespace RightHelp.Api.Extensions;

public static class GraphQLExtensions
{
    /// <summary>Placeholder until the engine lands: answers only <c>{ __typename }</c>.</summary>
    public static IEndpointRouteBuilder MapPortalGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapPost("/graphql", () => Results.Json(new { data = new { __typename = "Query" } }));
        return app;
    }
}
