using RightHelp.Api.GraphQL;
using RightHelp.Api.YouSaidWeDid.Errors;

namespace RightHelp.Api.YouSaidWeDid.GraphQL;

/// <summary>
/// The service's typed errors as the schema's <c>Error</c> types. "Not in your locality" reads the
/// same as "not found", so an id from another locality reveals nothing.
/// </summary>
public static class FeedbackUserErrors
{
    /// <param name="about">What a locality refusal is about: "feedback" or "response".</param>
    public static object[] From(IEnumerable<FeedbackError> errors, string about = "feedback") => [.. errors.Select(e => From(e, about)).Distinct()];

    public static object From(FeedbackError error, string about = "feedback") => error switch
    {
        FeedbackNotFound => UserErrors.NotFound("feedback"),
        ResponseNotFound => UserErrors.NotFound("response"),
        NotInYourLocality => UserErrors.NotFound(about),
        { Field: { } field } => UserErrors.Invalid(field, error.Message),
        _ => UserErrors.NotAllowed(error.Message),
    };
}
