namespace RightHelp.Portal.Api.Feedback;

/// <summary>The <c>me { feedback }</c> envelope.</summary>
public sealed record MeFeedback(IReadOnlyList<MyFeedback> Feedback);
