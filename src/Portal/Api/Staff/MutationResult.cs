using RightHelp.Portal.Api.Family;

namespace RightHelp.Portal.Api.Staff;

/// <summary>
/// What a staff mutation gave back: the id of the record it made or changed, or the typed errors.
/// <see cref="Unavailable"/> when the Api could not be asked at all.
/// </summary>
public sealed record MutationResult(string? Id, IReadOnlyList<ApiError> Errors)
{
    public static readonly MutationResult Unavailable = new(null, [new ApiError("Right Help could not save this just now. Try again in a few minutes.", null)]);

    public bool Succeeded => Errors.Count == 0 && Id is not null;
}
