namespace RightHelp.GraphQL.Tests;

/// <summary>A service provider with no services, for requests whose resolvers need none.</summary>
internal sealed class EmptyServices : IServiceProvider
{
    public static readonly EmptyServices Instance = new();

    public object? GetService(Type serviceType) => null;
}
