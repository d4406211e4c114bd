using RightHelp.Api.Data;

namespace RightHelp.Api.YouSaidWeDid;

public sealed record FeedbackResponseView(Guid Id, string YouSaid, string WeDid, FeedbackTheme? Theme, Guid? LocalityId, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, IReadOnlyList<Guid> FeedbackIds)
{
    public static FeedbackResponseView From(FeedbackResponse response)
        => new(response.Id, response.YouSaid, response.WeDid, response.Theme, response.LocalityId, response.CreatedAt, response.PublishedAt, response.Feedback.Select(f => f.Id).ToList());
}
