using RightHelp.Api.GraphQL;

namespace RightHelp.Api.PlainLanguage;

public static class PlainLanguageResolvers
{
    public static void Register(ResolverMap map) => map
        .Add("Query", "checkPlainLanguage", ctx => ctx.GetService<PlainLanguageRenderer>().Render(ctx.GetArgument<string>("markdown"), "check").Check);
}
