using RightHelp.Portal.Api.Family;

namespace RightHelp.Portal.Api.EarlyHelp;

public sealed record CreateShortlistPayload(FamilyList? Shortlist, IReadOnlyList<ApiError> Errors);
