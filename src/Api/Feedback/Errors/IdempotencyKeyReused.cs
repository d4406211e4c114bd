namespace RightHelp.Api.YouSaidWeDid.Errors;

/// <summary>The same key came with different feedback: a bug in the form, never a silent overwrite.</summary>
public sealed record IdempotencyKeyReused()
    : FeedbackError(nameof(IdempotencyKeyReused), "idempotencyKey", "This form was already sent with different words. Reload the page and try again.");
