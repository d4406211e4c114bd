namespace RightHelp.GraphQL.Validation;

/// <summary>Thrown to stop validation once the error limit is reached.</summary>
internal sealed class ValidationAbortedException : Exception;
