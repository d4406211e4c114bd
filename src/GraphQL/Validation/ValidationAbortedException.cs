namespace RightHelp.GraphQL.Validation;

/// <summary>Thrown to stop validation: the error limit was reached, or a rule ran out of its work budget.</summary>
internal sealed class ValidationAbortedException(string reason = "Too many validation errors, error limit reached. Validation aborted.") : Exception(reason);
