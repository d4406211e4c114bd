using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.GraphQL;

/// <summary>The resolvers the feature folders contribute; the schema wraps each in its field rule.</summary>
public sealed class ResolverMap
{
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];

    public IEnumerable<(string Type, string Field, FieldResolver Resolver)> All
        => _resolvers.Select(r => (r.Key.Type, r.Key.Field, r.Value));

    public ResolverMap Add(string type, string field, Func<ResolveContext, object?> resolver)
        => Add(type, field, ctx => new ValueTask<object?>(resolver(ctx)));

    public ResolverMap AddAsync<T>(string type, string field, Func<ResolveContext, Task<T>> resolver)
        => Add(type, field, async ctx => await resolver(ctx));

    private ResolverMap Add(string type, string field, FieldResolver resolver)
    {
        if (!_resolvers.TryAdd((type, field), resolver))
        {
            throw new InvalidOperationException($"{type}.{field} has two resolvers.");
        }
        return this;
    }
}
