using RightHelp.Portal.Api.Family;

namespace RightHelp.Portal.Api.Listings;

/// <summary>A listing mutation's payload: the change, or typed errors naming the field at fault.</summary>
public sealed record ListingChangeResult(ListingChangeItem? Change, IReadOnlyList<ApiError> Errors);
