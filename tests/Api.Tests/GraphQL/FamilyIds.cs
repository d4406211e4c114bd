using RightHelp.Api.Data.Seeding;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Tests.Infrastructure;

namespace RightHelp.Api.Tests.GraphQL;

/// <summary>Global ids of the demo families' records, read from the test's own database.</summary>
public sealed record FamilyIds(string Family, string Plan, string Meeting, string Question)
{
    public static async Task<FamilyIds> ReadAsync(string connectionString, Guid familyId)
    {
        async Task<string> First(string typeName, string sql)
            => GlobalId.Encode(typeName, Guid.Parse((await Sql.ColumnAsync(connectionString, sql)).First()));
        return new FamilyIds(
            GlobalId.Encode("Family", familyId),
            await First("Plan", $"SELECT id FROM plans WHERE family_id = '{familyId}' ORDER BY started_on LIMIT 1"),
            await First("Meeting", $"SELECT id FROM meetings WHERE family_id = '{familyId}' ORDER BY starts_at LIMIT 1"),
            await First("Question", $"SELECT id FROM questions WHERE family_id = '{familyId}' ORDER BY asked_at LIMIT 1"));
    }

    public static Task<FamilyIds> HarlowAsync(string connectionString) => ReadAsync(connectionString, DemoFamiliesNorth.HarlowFamily);

    public static Task<FamilyIds> AshbyAsync(string connectionString) => ReadAsync(connectionString, DemoFamiliesSouth.AshbyFamily);
}
