using RightHelp.Api.Directory;

namespace RightHelp.Benchmarks.DirectoryData;

/// <summary>A mix of what partners search: words alone, words with filters, filters alone.</summary>
public static class BenchmarkQueries
{
    public static readonly IReadOnlyList<DirectorySearchRequest> All =
    [
        new("dad anger course"),
        new("kid wont go to school"),
        new("drugs mum"),
        new("young carer support"),
        new("self harm teenager"),
        new("domestic abuse helpline"),
        new("food in holidays"),
        new("autism parent group"),
        new("homlessness prevension"),
        new("parenting", Locality: "north"),
        new("counselling", Age: 14, FreeOnly: true),
        new("youth club", Referral: ReferralRouteFilter.SelfReferral),
        new("anxiety", Category: "children-mental-health"),
        new(Category: "housing", Locality: "south"),
        new(Locality: "east", Age: 8, FreeOnly: true),
        new("debt advice", Page: 3),
    ];
}
