using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.GraphQL;

/// <summary>The resolvers the feature folders contribute; the schema wraps each in its field rule.</summary>
public sealed class ResolverMap
{
    private readonly Dictionary<(string Type, string Field), (FieldResolver Resolver, Func<ResolveContext, object?>? Sync)> _resolvers = [];

    /// <summary>Every resolver, with the synchronous form of those added as synchronous (the engine calls those without a task).</summary>
    public IEnumerable<(string Type, string Field, FieldResolver Resolver, Func<ResolveContext, object?>? Sync)> All
        => _resolvers.Select(r => (r.Key.Type, r.Key.Field, r.Value.Resolver, r.Value.Sync));

    public bool Contains(string type, string field) => _resolvers.ContainsKey((type, field));

    public ResolverMap Add(string type, string field, Func<ResolveContext, object?> resolver)
        => Add(type, field, ctx => new ValueTask<object?>(resolver(ctx)), resolver);

    public ResolverMap AddAsync<T>(string type, string field, Func<ResolveContext, Task<T>> resolver)
        => Add(type, field, async ctx => await resolver(ctx), null);

    private ResolverMap Add(string type, string field, FieldResolver resolver, Func<ResolveContext, object?>? sync)
    {
        if (!_resolvers.TryAdd((type, field), (resolver, sync)))
        {
            throw new InvalidOperationException($"{type}.{field} has two resolvers.");
        }
        return this;
    }
}
