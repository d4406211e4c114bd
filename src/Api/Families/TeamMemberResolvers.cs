using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Families;

/// <summary>A worker as the family sees them in "my team".</summary>
public static class TeamMemberResolvers
{
    public static void Register(ResolverMap map) => map
        .Add("TeamMember", "name", ctx => Name(ctx.GetSource<Worker>()))
        .Add("TeamMember", "team", ctx => ctx.GetSource<Worker>().TeamName);

    public static string Name(Worker worker) => $"{worker.GivenName} {worker.FamilyName}";
}
