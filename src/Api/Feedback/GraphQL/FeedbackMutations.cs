using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.YouSaidWeDid.GraphQL;

/// <summary>
/// Giving feedback (anyone) and acting on it (staff for their localities, managers to publish).
/// Nothing here logs or stores the request's address, agent or any device detail.
/// </summary>
public static class FeedbackMutations
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Mutation", "submitFeedback", SubmitAsync)
        .AddAsync("Mutation", "markFeedbackRead", MarkReadAsync)
        .AddAsync("Mutation", "respondToFeedback", RespondAsync)
        .AddAsync("Mutation", "publishResponse", PublishAsync);

    private static async Task<IReadOnlyDictionary<string, object?>> SubmitAsync(ResolveContext ctx)
    {
        var viewer = await ctx.ViewerAsync();
        var input = ctx.Input();
        var localityArgument = input.GetValueOrDefault("locality") as string;
        var locality = GlobalId.DecodeAs(localityArgument, "Locality");
        if (localityArgument is not null && locality is null)
        {
            return Submitted(null, false, [UserErrors.Invalid("locality", "Choose an area from the list.")]);
        }
        var submission = new SubmitFeedbackInput(
            input.GetValueOrDefault("text") as string,
            input.GetValueOrDefault("explainedClearly") as int?,
            input.GetValueOrDefault("involvedInPlanning") as int?,
            input.GetValueOrDefault("listenedTo") as int?,
            input.GetValueOrDefault("happyWithHelp") as int?,
            input.GetValueOrDefault("theme") as FeedbackTheme?,
            input.GetValueOrDefault("anonymous") as bool? ?? true,
            input.GetValueOrDefault("idempotencyKey") as string,
            LocalityId: locality);
        var service = ctx.GetService<FeedbackService>();
        var payload = await ctx.Database().RunAsync(_ => service.SubmitAsync(submission, FeedbackViewer.Submitter(viewer), ctx.CancellationToken), ctx.CancellationToken);
        return Submitted(payload.Feedback, payload.ShowHelpNow, FeedbackUserErrors.From(payload.Errors));
    }

    private static async Task<Payload> MarkReadAsync(ResolveContext ctx)
    {
        var staff = FeedbackViewer.Staff(await ctx.ViewerAsync());
        if (staff is null)
        {
            return Payload.Failed("feedback", UserErrors.NotAllowed("Only practitioners and managers can do this."));
        }
        if (GlobalId.DecodeAs(ctx.Input().GetValueOrDefault("feedbackId") as string, FeedbackIds.Feedback) is not { } feedbackId)
        {
            return Payload.Failed("feedback", UserErrors.NotFound("feedback"));
        }
        var service = ctx.GetService<FeedbackService>();
        var result = await ctx.Database().RunAsync(_ => service.MarkReadAsync(feedbackId, staff, ctx.CancellationToken), ctx.CancellationToken);
        return result.Value is { } view ? Payload.Ok("feedback", view) : Payload.Failed("feedback", FeedbackUserErrors.From(result.Errors));
    }

    private static async Task<Payload> RespondAsync(ResolveContext ctx)
    {
        var staff = FeedbackViewer.Staff(await ctx.ViewerAsync());
        if (staff is null)
        {
            return Payload.Failed("response", UserErrors.NotAllowed("Only practitioners and managers can do this."));
        }
        var input = ctx.Input();
        var ids = (input.GetValueOrDefault("feedbackIds") as IEnumerable<object?> ?? [])
            .Select(id => GlobalId.DecodeAs(id as string, FeedbackIds.Feedback))
            .ToList();
        if (ids.Any(id => id is null))
        {
            return Payload.Failed("response", UserErrors.NotFound("feedback"));
        }
        var service = ctx.GetService<FeedbackService>();
        var result = await ctx.Database().RunAsync(_ => service.RespondAsync(
            [.. ids.Select(id => id!.Value)],
            input.GetValueOrDefault("text") as string,
            staff,
            input.GetValueOrDefault("theme") as FeedbackTheme?,
            input.GetValueOrDefault("youSaid") as string,
            ctx.CancellationToken), ctx.CancellationToken);
        return result.Value is { } view ? Payload.Ok("response", view) : Payload.Failed("response", FeedbackUserErrors.From(result.Errors));
    }

    private static async Task<Payload> PublishAsync(ResolveContext ctx)
    {
        var viewer = await ctx.ViewerAsync();
        var manager = viewer.Role == ViewerRole.Manager ? FeedbackViewer.Staff(viewer) : null;
        if (manager is null)
        {
            return Payload.Failed("response", UserErrors.NotAllowed("Only a manager can publish a response."));
        }
        if (GlobalId.DecodeAs(ctx.Input().GetValueOrDefault("responseId") as string, FeedbackIds.Response) is not { } responseId)
        {
            return Payload.Failed("response", UserErrors.NotFound("response"));
        }
        var service = ctx.GetService<FeedbackService>();
        var result = await ctx.Database().RunAsync(_ => service.PublishResponseAsync(responseId, manager, ctx.CancellationToken), ctx.CancellationToken);
        return result.Value is { } view ? Payload.Ok("response", view) : Payload.Failed("response", FeedbackUserErrors.From(result.Errors, "response"));
    }

    private static Dictionary<string, object?> Submitted(SubmittedFeedback? feedback, bool needsHelpNow, IReadOnlyList<object> errors) => new()
    {
        ["feedback"] = feedback,
        ["needsHelpNow"] = needsHelpNow,
        ["errors"] = errors,
    };
}
