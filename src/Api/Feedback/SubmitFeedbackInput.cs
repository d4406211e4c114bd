using RightHelp.Api.Data;

namespace RightHelp.Api.YouSaidWeDid;

/// <summary>What the form sends. <paramref name="Locality"/> is a slug, optional, for anonymous feedback.</summary>
public sealed record SubmitFeedbackInput(
    string? Text,
    int? ExplainedClearly = null,
    int? InvolvedInPlanning = null,
    int? ListenedTo = null,
    int? HappyWithHelp = null,
    FeedbackTheme? Theme = null,
    bool Anonymous = true,
    string? IdempotencyKey = null,
    string? Locality = null);
