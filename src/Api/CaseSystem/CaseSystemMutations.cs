using RightHelp.Api.GraphQL;

namespace RightHelp.Api.CaseSystem;

/// <summary>The council's case system keeps families, plans and meetings up to date by its own references.</summary>
public static class CaseSystemMutations
{
    public static void Register(ResolverMap map) => map
        .AddAsync("Mutation", "upsertFamily", FamilyUpsert.RunAsync)
        .AddAsync("Mutation", "upsertPlan", PlanUpsert.RunAsync)
        .AddAsync("Mutation", "upsertMeeting", MeetingUpsert.RunAsync);
}
