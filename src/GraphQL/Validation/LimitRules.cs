using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Validation.Rules;

namespace RightHelp.GraphQL.Validation;

/// <summary>The configured limits as validation rules (beyond the spec, allowed by spec 5 "additional validation").</summary>
internal static class LimitRules
{
    public static IEnumerable<ValidationRule> For(ExecutorOptions options)
    {
        if (options.MaxDepth > 0)
        {
            yield return new MaxDepth(options.MaxDepth);
        }
        if (options.MaxAliases > 0)
        {
            yield return new MaxAliases(options.MaxAliases);
        }
        if (options.MaxFieldCost > 0)
        {
            yield return new MaxFieldCost(options.MaxFieldCost);
        }
    }
}
