using RightHelp.Portal.Api.Family;

namespace RightHelp.Portal.Api.Feedback;

public sealed record MarkFeedbackReadPayload(FeedbackItem? Feedback, IReadOnlyList<ApiError> Errors);
