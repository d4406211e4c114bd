using RightHelp.Portal.Api.Family;

namespace RightHelp.Portal.Api.Feedback;

/// <summary>What respondToFeedback and publishResponse both give back.</summary>
public sealed record ResponsePayload(StaffFeedbackResponse? Response, IReadOnlyList<ApiError> Errors);
