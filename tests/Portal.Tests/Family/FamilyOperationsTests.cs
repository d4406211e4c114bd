using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Types;
using RightHelp.GraphQL.Validation;
using RightHelp.Portal.Api.Family;

namespace RightHelp.Portal.Tests.Family;

/// <summary>
/// The Portal's own operations are validated against the Api's checked-in schema, so a renamed
/// field fails here and not on a parent's phone.
/// </summary>
public class FamilyOperationsTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl(File.ReadAllText(SchemaFile())).BuildUnvalidated();

    public static TheoryData<string, string> Operations() => new()
    {
        { "your family", YourFamilyQuery.Query },
        { "plan", PlanQuery.Query },
        { "mark plan seen", PlanQuery.MarkSeen },
        { "meeting", MeetingQuery.Query },
        { "give meeting views", MeetingQuery.Give },
        { "your team", YourTeamQuery.Query },
        { "ask a question", YourTeamQuery.Ask },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public void Family_operation_is_valid_against_the_Api_schema(string name, string document)
    {
        var errors = DocumentValidator.Validate(Schema, Parser.Parse(document), DocumentValidator.SpecifiedRules());

        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors.Select(error => error.Message))}");
    }

    private static string SchemaFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
            {
                return Path.Combine(directory.FullName, "src", "Api", "schema.graphql");
            }
        }
        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
