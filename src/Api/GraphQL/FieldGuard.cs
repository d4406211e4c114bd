using RightHelp.Api.Audit;
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
    public static FieldResolver Wrap(AuthorizationRules rules, FieldResolver inner) => async context =>
    {
        var policy = rules.Find(context.ParentType.Name, context.Field.Name);
        if (policy is null)
        {
            throw Refused();
        }
        var viewer = await context.ViewerAsync();
        if (!policy.Allows(new FieldAccess(viewer, context.Source, context.GetService<AuditTrail>())))
        {
            throw Refused();
        }
        return await inner(context);
    };

    private static GraphQLException Refused()
        => new("You cannot see this.", new Dictionary<string, object?> { ["code"] = "FORBIDDEN" });
}
