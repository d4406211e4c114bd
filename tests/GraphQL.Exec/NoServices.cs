namespace RightHelp.GraphQL.Exec;

/// <summary>Cases need no services.</summary>
internal sealed class NoServices : IServiceProvider
{
    public static readonly NoServices Instance = new();

    public object? GetService(Type serviceType) => null;
}
