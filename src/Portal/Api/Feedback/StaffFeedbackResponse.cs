namespace RightHelp.Portal.Api.Feedback;

public sealed record StaffFeedbackResponse(string Id, string Text, string? YouSaid, DateTimeOffset RespondedAt, bool Published, DateTimeOffset? PublishedAt);
