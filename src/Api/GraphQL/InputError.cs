namespace RightHelp.Api.GraphQL;

/// <summary>The GraphQL type <c>ValidationError</c>: an input field the person can put right.</summary>
public sealed record InputError(string Field, string Message);
