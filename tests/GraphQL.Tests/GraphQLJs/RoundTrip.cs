namespace RightHelp.GraphQL.Tests.GraphQLJs;

/// <summary>One line of schemas.mjs round-trip: both printed schemas, or graphql-js's error.</summary>
internal sealed record RoundTrip(string Id, string? FromSdl, string? FromIntrospection, string? Error);
