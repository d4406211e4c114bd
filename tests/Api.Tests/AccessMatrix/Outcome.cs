namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>
/// Allowed: the whole answer, with no error. Denied: nothing shown, refused with a denial
/// (FORBIDDEN, NOT_FOUND, NotAllowed, NotYourFamily, NotFound, 401/403/404) or an empty list.
/// Broken: anything else (a validation error, a crash, data shown next to an error), which fails
/// whatever was expected, so an invalid request can never pass as a refusal.
/// </summary>
public enum Outcome
{
    Allowed,
    Denied,
    Broken,
}
