namespace RightHelp.GraphQL.Execution;

public interface IRequestExecutor
{
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, RequestContext context, CancellationToken cancellationToken);
}
