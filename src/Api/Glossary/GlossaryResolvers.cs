using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Glossary;

public static class GlossaryResolvers
{
    public static void Register(ResolverMap map) => map
        .Add("Query", "glossary", ctx => ctx.GetService<Glossary>().Terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ToList());
}
