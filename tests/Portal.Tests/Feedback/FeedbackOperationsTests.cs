using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Types;
using RightHelp.GraphQL.Validation;
using RightHelp.Portal.Api.Feedback;

namespace RightHelp.Portal.Tests.Feedback;

/// <summary>The Portal's feedback operations are valid against the Api's checked-in schema.</summary>
public class FeedbackOperationsTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl(File.ReadAllText(SchemaFile())).BuildUnvalidated();

    public static TheoryData<string, string> Operations() => new()
    {
        { "submit feedback", FeedbackOperations.Submit },
        { "your feedback", FeedbackOperations.Yours },
        { "localities", FeedbackOperations.Localities },
        { "you said we did", FeedbackOperations.Board },
        { "staff list", FeedbackOperations.StaffList },
        { "staff item", FeedbackOperations.StaffItem },
        { "mark read", FeedbackOperations.MarkRead },
        { "respond", FeedbackOperations.Respond },
        { "publish", FeedbackOperations.Publish },
        { "summary", FeedbackOperations.Summary },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public void Feedback_operation_is_valid_against_the_Api_schema(string name, string document)
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
