namespace RightHelp.Api.GraphQL;

public sealed record NotAllowedError(string Message);
