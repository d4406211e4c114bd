using RightHelp.Api.Data;

namespace RightHelp.Api.YouSaidWeDid;

/// <summary>The acknowledgement: its id exists only once the row is committed.</summary>
public sealed record SubmittedFeedback(Guid Id, FeedbackStatus Status, FeedbackTheme? Theme, bool ThemeWasSuggested);
