using RightHelp.Api.Authorization;
using RightHelp.GraphQL;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.GraphQL;

/// <summary>
/// Runs before every resolver of the schema: finds the field's rule and refuses when there is
/// none or it does not allow this viewer and this parent object.
/// </summary>
public static class FieldGuard
{
    /// <summary>
    /// For fields bound without a resolver of their own (the schema's default): the rule is found by the
    /// field's type and name when it runs, so a field nobody gave a rule is refused.
    /// </summary>
    public static FieldResolver Wrap(AuthorizationRules rules, FieldResolver inner) => context =>
    {
        var policy = rules.Find(context.ParentType.Name, context.Field.Name);
        return policy is null ? Refuse() : Guard(policy, inner, context);
    };

    /// <summary>A field's resolver behind its rule, found once here rather than every time the field resolves.</summary>
    public static FieldResolver Wrap(AuthorizationRules rules, string type, string field, FieldResolver inner)
    {
        var policy = rules.Find(type, field);
        return policy is null ? _ => Refuse() : context => Guard(policy, inner, context);
    }

    /// <summary>
    /// A synchronous resolver of a field below the root behind its rule, called without a task. Every such field's
    /// parent came from a resolver whose own rule awaited the viewer first, so the viewer is known here; were it
    /// not, the field is refused (deny by default) rather than shown unchecked.
    /// </summary>
    public static Func<ResolveContext, object?> WrapSync(AuthorizationRules rules, string type, string field, Func<ResolveContext, object?> inner)
    {
        var policy = rules.Find(type, field);
        return context =>
        {
            var guard = RequestGuard.Of(context);
            if (policy is null || guard.KnownViewer is not { } viewer || !policy.Allows(new FieldAccess(viewer, context.Source, guard.Audit)))
            {
                throw Refused();
            }
            return inner(context);
        };
    }

    private static ValueTask<object?> Guard(FieldPolicy policy, FieldResolver inner, ResolveContext context)
    {
        var guard = RequestGuard.Of(context);
        if (guard.KnownViewer is { } viewer)
        {
            return policy.Allows(new FieldAccess(viewer, context.Source, guard.Audit)) ? inner(context) : Refuse();
        }
        return GuardAsync(policy, inner, context, guard);
    }

    private static async ValueTask<object?> GuardAsync(FieldPolicy policy, FieldResolver inner, ResolveContext context, RequestGuard guard)
    {
        var viewer = await guard.ViewerAsync(context);
        if (!policy.Allows(new FieldAccess(viewer, context.Source, guard.Audit)))
        {
            throw Refused();
        }
        return await inner(context);
    }

    private static ValueTask<object?> Refuse() => ValueTask.FromException<object?>(Refused());

    private static GraphQLException Refused()
        => new("You cannot see this.", new Dictionary<string, object?> { ["code"] = "FORBIDDEN" });
}
