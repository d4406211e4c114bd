using RightHelp.Api.Authorization;
using RightHelp.Api.GraphQL;
using RightHelp.GraphQL.Types;

namespace RightHelp.Api.Tests.GraphQL;

public sealed class SchemaTests
{
    private static readonly Schema Schema = PortalSchema.Build();

    /// <summary>
    /// To accept a deliberate change: <c>RIGHTHELP_UPDATE_SCHEMA=1 dotnet test --filter Checked_in_schema</c>,
    /// then review the diff of src/Api/schema.graphql like any other code.
    /// </summary>
    [Fact]
    public void Checked_in_schema_equals_what_the_built_schema_prints()
    {
        var printed = SchemaPrinter.Print(Schema);
        if (Environment.GetEnvironmentVariable("RIGHTHELP_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(RepositoryPaths.SchemaFile, printed);
        }
        Assert.Equal(File.ReadAllText(RepositoryPaths.SchemaFile).ReplaceLineEndings("\n"), printed);
    }

    [Fact]
    public void Names_other_tools_rely_on_are_in_the_schema()
    {
        var query = Schema.QueryType!;
        foreach (var name in new[] { "localities", "services", "offers", "youSaidWeDid", "glossary", "me", "plan", "node" })
        {
            Assert.NotNull(query.GetField(name));
        }
        Assert.NotNull(((ObjectType)Schema.GetType("ServiceConnection")!).GetField("totalCount"));
        Assert.NotNull(((ObjectType)Schema.GetType("ServiceConnection")!).GetField("nodes"));
        Assert.Contains(((ObjectType)Schema.GetType("Plan")!).Interfaces, i => i.Name == "Node");
        Assert.NotNull(((ObjectType)Schema.GetType("Meeting")!).GetField("calendarUrl"));
    }

    [Fact]
    public void Every_field_of_the_schema_has_an_authorization_rule()
    {
        var missing = ObjectFields(Schema)
            .Where(f => AuthorizationRules.Portal.Find(f.Type, f.Field) is null)
            .Select(f => $"{f.Type}.{f.Field}")
            .ToList();

        Assert.True(missing.Count == 0, "Fields without a rule (they are refused): " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_rule_names_a_field_that_exists()
    {
        var fields = ObjectFields(Schema).ToHashSet();
        var stale = AuthorizationRules.Portal.All.Where(r => !fields.Contains((r.Type, r.Field))).Select(r => $"{r.Type}.{r.Field}").ToList();

        Assert.Empty(stale);
    }

    [Fact]
    public void Family_types_are_guarded_by_the_family_record_rule_on_every_field()
    {
        foreach (var type in new[] { "Family", "Plan", "PlanSection", "PlainText", "PlanAction", "PlanChanges", "PlanViewEntry", "Meeting", "MeetingAttendee", "MeetingViews", "Question" })
        {
            foreach (var field in ((ObjectType)Schema.GetType(type)!).Fields)
            {
                // StaffFamilyRecord is the family record rule plus "staff only".
                var policy = AuthorizationRules.Portal.Find(type, field.Name);
                Assert.True(ReferenceEquals(policy, Policies.FamilyRecord) || ReferenceEquals(policy, Policies.StaffFamilyRecord), $"{type}.{field.Name}: {policy}");
            }
        }
    }

    public static IEnumerable<(string Type, string Field)> ObjectFields(Schema schema)
        => schema.Types.OfType<ObjectType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Select(f => (t.Name, f.Name)));
}
