namespace RightHelp.Api.GraphQL;

public sealed record NotYourFamilyError(string Message);
