using RightHelp.Api.Data;

namespace RightHelp.Api.YouSaidWeDid;

/// <summary>What the person who gave named feedback sees: its status and, once there is one, the answer.</summary>
public sealed record PersonFeedbackView(Guid Id, string Text, FeedbackStatus Status, FeedbackTheme? Theme, DateTimeOffset CreatedAt, PersonFeedbackResponse? Response, Guid AuthorPersonId = default);
