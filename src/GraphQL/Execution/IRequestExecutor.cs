namespace RightHelp.GraphQL.Execution;

/// <summary>Runs one GraphQL request end to end: document, validation, variables, execution.</summary>
public interface IRequestExecutor
{
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, RequestContext context, CancellationToken cancellationToken);
}
