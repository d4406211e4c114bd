namespace RightHelp.Api.YouSaidWeDid.Errors;

public sealed record IdempotencyKeyTooLong()
    : FeedbackError(nameof(IdempotencyKeyTooLong), "idempotencyKey", $"The form key must be {FeedbackLimits.MaxIdempotencyKeyLength} characters or fewer.");
