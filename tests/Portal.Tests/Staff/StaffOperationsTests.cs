using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Types;
using RightHelp.GraphQL.Validation;
using RightHelp.Portal.Api.Staff;

namespace RightHelp.Portal.Tests.Staff;

/// <summary>The practitioner pages' operations are valid against the Api's checked-in schema.</summary>
public class StaffOperationsTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl(File.ReadAllText(SchemaFile())).BuildUnvalidated();

    public static TheoryData<string, string> Operations() => new()
    {
        { "caseload", StaffQueries.Caseload },
        { "plan for writing", StaffQueries.PlanForWriting },
        { "check one section", StaffQueries.CheckDocument(1) },
        { "check five sections", StaffQueries.CheckDocument(5) },
        { "publish", StaffQueries.Publish },
        { "schedule a meeting", StaffQueries.Schedule },
        { "answer a question", StaffQueries.Answer },
        { "meeting with views", StaffQueries.Meeting },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public void Staff_operation_is_valid_against_the_Api_schema(string name, string document)
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
