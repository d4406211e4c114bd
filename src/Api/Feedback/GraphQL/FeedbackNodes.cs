using RightHelp.Api.Authorization;
using RightHelp.GraphQL.Execution;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.YouSaidWeDid.GraphQL;

/// <summary>
/// <c>node(id:)</c> for feedback: staff covering its locality get the staff view, the person who
/// gave it with their name gets their own view, anyone else gets nothing (read as "not found").
/// </summary>
public static class FeedbackNodes
{
    public static async Task<object?> FeedbackAsync(ResolveContext ctx, Viewer viewer, Guid id)
    {
        var service = ctx.GetService<FeedbackService>();
        if (FeedbackViewer.Staff(viewer) is { } staff)
        {
            var result = await ctx.Database().RunAsync(_ => service.GetForStaffAsync(id, staff, ctx.CancellationToken), ctx.CancellationToken);
            return result.Value;
        }
        if (viewer.IsFamilyMember && viewer.PersonId is { } personId)
        {
            var result = await ctx.Database().RunAsync(_ => service.GetStatusForPersonAsync(personId, FeedbackViewer.Actor(viewer), id, ctx.CancellationToken), ctx.CancellationToken);
            return result.Value?.SingleOrDefault();
        }
        return null;
    }

    public static async Task<object?> ResponseAsync(ResolveContext ctx, Viewer viewer, Guid id)
    {
        if (FeedbackViewer.Staff(viewer) is not { } staff)
        {
            return null;
        }
        var service = ctx.GetService<FeedbackService>();
        var result = await ctx.Database().RunAsync(_ => service.GetResponseForStaffAsync(id, staff, ctx.CancellationToken), ctx.CancellationToken);
        return result.Value;
    }
}
