namespace RightHelp.Portal.Api.Family;

public sealed record AskQuestionPayload(Question? Question, IReadOnlyList<ApiError> Errors);
