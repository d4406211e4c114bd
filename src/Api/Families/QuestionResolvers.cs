using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Families;

public static class QuestionResolvers
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Query", "question", async ctx =>
        {
            var viewer = await ctx.ViewerAsync();
            return ctx.GlobalIdArgument("id", "Question") is { } id
                   && await ctx.FamilyData().QuestionAsync(viewer, id, ctx.CancellationToken) is { } question
                ? question
                : throw ResolveContextExtensions.NotFound();
        })
        .Add("Question", "id", ctx => GlobalId.Encode("Question", ctx.GetSource<Question>().Id));
}
