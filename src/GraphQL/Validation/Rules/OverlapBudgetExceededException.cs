namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>The comparison work budget ran out (graphql-js aborts validation the same way).</summary>
internal sealed class OverlapBudgetExceededException : Exception;
