namespace RightHelp.GraphQL.Execution;

/// <summary>Produces the value of a field. Return a completed ValueTask for synchronous values.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);
