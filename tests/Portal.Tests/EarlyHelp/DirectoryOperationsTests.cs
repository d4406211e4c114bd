using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Types;
using RightHelp.GraphQL.Validation;
using RightHelp.Portal.Api.EarlyHelp;
using RightHelp.Portal.Tests.Family;

namespace RightHelp.Portal.Tests.EarlyHelp;

/// <summary>The directory pages' operations are valid against the Api's checked-in schema.</summary>
public class DirectoryOperationsTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl(File.ReadAllText(
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(PageWords.Folder())))!, "Api", "schema.graphql"))).BuildUnvalidated();

    public static TheoryData<string, string> Operations() => new()
    {
        { "search", DirectoryQueries.Search },
        { "service", DirectoryQueries.Service },
        { "report", DirectoryQueries.Report },
        { "create shortlist", DirectoryQueries.CreateShortlist },
        { "family list", DirectoryQueries.Shortlist },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public void Directory_operation_is_valid_against_the_Api_schema(string name, string document)
    {
        var errors = DocumentValidator.Validate(Schema, Parser.Parse(document), DocumentValidator.SpecifiedRules());

        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors.Select(error => error.Message))}");
    }
}
