using RightHelp.Api.Data;

namespace RightHelp.Api.Directory;

public sealed record DirectorySearchHit(
    Guid Id,
    string Name,
    string Description,
    string OrganizationName,
    bool IsFree,
    ReferralRoute ReferralRoute,
    DateOnly? AssuredDate,
    double Score);
