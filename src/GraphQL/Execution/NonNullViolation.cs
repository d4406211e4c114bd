namespace RightHelp.GraphQL.Execution;

/// <summary>A resolver produced null for a Non-Null position (spec 6.4.4); the message is safe to show.</summary>
internal sealed class NonNullViolation(string message) : Exception(message);
