namespace RightHelp.Portal.Api.Feedback;

/// <summary>The staff list's filters; null means "any". Dates are whole days, as the Api's Date scalar.</summary>
public sealed record FeedbackFilter(
    FeedbackTheme? Theme = null,
    string? Locality = null,
    FeedbackStatus? Status = null,
    int? MaxScore = null,
    DateOnly? From = null,
    DateOnly? To = null);
