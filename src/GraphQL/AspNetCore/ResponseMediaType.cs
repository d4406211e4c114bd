namespace RightHelp.GraphQL.AspNetCore;

/// <summary>The two response media types of GraphQL over HTTP.</summary>
internal enum ResponseMediaType
{
    /// <summary><c>application/graphql-response+json</c>: request errors get 4xx status codes.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: the legacy type; GraphQL errors are reported with 200.</summary>
    Json,
}
