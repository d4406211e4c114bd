using RightHelp.Api.Data;

namespace RightHelp.Api.YouSaidWeDid;

/// <summary>Staff filters. The score bounds apply to "overall I am happy with the help"; dates are [From, To).</summary>
public sealed record FeedbackFilter(
    FeedbackTheme? Theme = null,
    FeedbackStatus? Status = null,
    int? MinScore = null,
    int? MaxScore = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    Guid? LocalityId = null,
    bool SafeguardingOnly = false);
