using RightHelp.Api.YouSaidWeDid.Errors;

namespace RightHelp.Api.YouSaidWeDid;

/// <summary>A value, or the typed errors that explain why there is none. Expected failures never throw.</summary>
public sealed record FeedbackResult<T>(T? Value, IReadOnlyList<FeedbackError> Errors)
    where T : class
{
    public bool Succeeded => Errors.Count == 0;

    public static FeedbackResult<T> Ok(T value) => new(value, []);

    public static FeedbackResult<T> Fail(params FeedbackError[] errors) => new(null, errors);
}
