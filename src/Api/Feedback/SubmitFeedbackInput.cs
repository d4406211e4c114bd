using RightHelp.Api.Data;

namespace RightHelp.Api.YouSaidWeDid;

/// <summary>
/// What the form sends. The locality, optional, is a slug (<paramref name="Locality"/>) or an id
/// (<paramref name="LocalityId"/>, as the GraphQL input gives it).
/// </summary>
public sealed record SubmitFeedbackInput(
    string? Text,
    int? ExplainedClearly = null,
    int? InvolvedInPlanning = null,
    int? ListenedTo = null,
    int? HappyWithHelp = null,
    FeedbackTheme? Theme = null,
    bool Anonymous = true,
    string? IdempotencyKey = null,
    string? Locality = null,
    Guid? LocalityId = null);
