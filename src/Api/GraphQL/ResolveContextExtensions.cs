using RightHelp.Api.Authorization;
using RightHelp.Api.Families;
using RightHelp.GraphQL;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.GraphQL;

public static class ResolveContextExtensions
{
    public static Task<Viewer> ViewerAsync(this ResolveContext context) => RequestGuard.Of(context).ViewerAsync(context);

    public static FamilyData FamilyData(this ResolveContext context) => context.GetService<FamilyData>();

    public static RequestDatabase Database(this ResolveContext context) => context.GetService<RequestDatabase>();

    /// <summary>The request's DataLoader of this name; the batch gets the viewer so it can apply the rules.</summary>
    public static DataLoader<TKey, TValue> Loader<TKey, TValue>(this ResolveContext context, string name,
        Func<Viewer, IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
    {
        var viewer = context.ViewerAsync();
        return context.DataLoaders.GetOrAdd(name, scope =>
            new DataLoader<TKey, TValue>(scope, async (keys, cancellationToken) => await batch(await viewer, keys, cancellationToken)));
    }

    public static Guid? GlobalIdArgument(this ResolveContext context, string name, string typeName)
        => GlobalId.DecodeAs(context.GetArgument<string?>(name), typeName);

    /// <summary>The same answer for "does not exist" and "not yours", so ids reveal nothing.</summary>
    public static GraphQLException NotFound()
        => new("Not found.", new Dictionary<string, object?> { ["code"] = "NOT_FOUND" });

    public static IReadOnlyDictionary<string, object?> Input(this ResolveContext context)
        => context.GetArgument<IReadOnlyDictionary<string, object?>?>("input")
           ?? (context.GetArgument<IDictionary<string, object?>?>("input") is { } dictionary
               ? dictionary.AsReadOnly()
               : new Dictionary<string, object?>());
}
