namespace RightHelp.Api.GraphQL;

public sealed record NotFoundError(string Message);
