using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;

namespace RightHelp.Api.GraphQL;

/// <summary>The public "you said, we did" board: published responses only, with the quote already made anonymous.</summary>
public static class YouSaidWeDidResolvers
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Query", "youSaidWeDid", ctx =>
        {
            var theme = ctx.GetArgument<FeedbackTheme?>("theme");
            var locality = ctx.GlobalIdArgument("locality", "Locality");
            return Paging.PageAsync(ctx.Database(), db =>
            {
                var responses = db.FeedbackResponses.AsNoTracking().Include(r => r.Locality).Where(r => r.PublishedAt != null);
                if (theme is { } wanted)
                {
                    responses = responses.Where(r => r.Theme == wanted);
                }
                if (locality is { } localityId)
                {
                    responses = responses.Where(r => r.LocalityId == localityId);
                }
                return responses.OrderByDescending(r => r.PublishedAt).ThenBy(r => r.Id);
            }, ctx);
        })
        .Add("YouSaidWeDid", "id", ctx => GlobalId.Encode("YouSaidWeDid", ctx.GetSource<FeedbackResponse>().Id))
        .Add("YouSaidWeDid", "localityName", ctx => ctx.GetSource<FeedbackResponse>().Locality?.Name)
        .Add("YouSaidWeDid", "publishedAt", ctx => ctx.GetSource<FeedbackResponse>().PublishedAt);
}
