using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Tests.Execution;

public sealed class RequestExecutorTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { hello(name: String = \"you\"): String } type Mutation { touch: Int }")
        .Bind("Query", "hello", ctx => "hello " + ctx.GetArgument<string>("name"))
        .Bind("Mutation", "touch", _ => 1)
        .Build();

    [Fact]
    public async Task Get_requests_cannot_run_mutations()
    {
        var (result, json) = await ExecutorFixture.Run(new RequestExecutor(Schema), "mutation { touch }", allowMutations: false);
        Assert.Equal(RequestErrorKind.MutationNotAllowed, result.RequestError);
        Assert.False(result.HasData);
        Assert.DoesNotContain("\"data\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ hello", RequestErrorKind.Syntax)]
    [InlineData("{ nope }", RequestErrorKind.Validation)]
    [InlineData("query A { hello } query B { hello }", RequestErrorKind.OperationNotFound)]
    public async Task Request_errors_are_classified_and_have_no_data(string query, RequestErrorKind kind)
    {
        var (result, _) = await ExecutorFixture.Run(new RequestExecutor(Schema), query);
        Assert.Equal(kind, result.RequestError);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task Variables_that_do_not_coerce_are_a_request_error()
    {
        var (result, json) = await ExecutorFixture.Run(new RequestExecutor(Schema), "query ($n: String!) { hello(name: $n) }", "{\"n\": 5}");
        Assert.Equal(RequestErrorKind.VariableCoercion, result.RequestError);
        Assert.Equal("{\"errors\":[{\"message\":\"Variable \\u0022$n\\u0022 has invalid value: String cannot represent a non string value: 5\",\"locations\":[{\"line\":1,\"column\":8}]}]}".Replace("\\u0022", "\\\""), json);
    }

    [Fact]
    public async Task Variables_must_be_an_object()
    {
        var (result, _) = await ExecutorFixture.Run(new RequestExecutor(Schema), "{ hello }", "[1]");
        Assert.Equal(RequestErrorKind.InvalidRequest, result.RequestError);
    }

    [Fact]
    public async Task Parsed_and_validated_documents_are_cached()
    {
        var executor = new RequestExecutor(Schema);
        await ExecutorFixture.Run(executor, "{ hello }");
        await ExecutorFixture.Run(executor, "{ hello }");
        await ExecutorFixture.Run(executor, "{ a: hello }");
        Assert.Equal(2, executor.CachedDocuments);
    }

    [Fact]
    public async Task Trusted_documents_run_by_id_and_unknown_queries_are_refused()
    {
        var store = new TrustedDocumentStore([]);
        var id = store.Add("{ hello(name: \"team\") }");
        var executor = new RequestExecutor(Schema, new ExecutorOptions { TrustedDocuments = store, RequireTrustedDocuments = true });

        var (byId, json) = await ExecutorFixture.Run(executor, null!, documentId: id);
        Assert.Equal("{\"data\":{\"hello\":\"hello team\"}}", json);
        Assert.Equal(RequestErrorKind.None, byId.RequestError);

        var (adHoc, _) = await ExecutorFixture.Run(executor, "{ hello }");
        Assert.Equal(RequestErrorKind.DocumentNotFound, adHoc.RequestError);

        var (unknown, _) = await ExecutorFixture.Run(executor, null!, documentId: "sha256:00");
        Assert.Equal(RequestErrorKind.DocumentNotFound, unknown.RequestError);
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        var executor = new RequestExecutor(Schema, new ExecutorOptions { AllowIntrospection = false });
        var (result, _) = await ExecutorFixture.Run(executor, "{ ...F } fragment F on Query { __schema { queryType { name } } }");
        Assert.Equal(RequestErrorKind.Validation, result.RequestError);
        var (typename, _) = await ExecutorFixture.Run(executor, "{ __typename }");
        Assert.Equal(RequestErrorKind.None, typename.RequestError);
    }

    [Fact]
    public async Task Depth_limit_refuses_deep_operations_through_fragments()
    {
        var schema = SchemaBuilder.FromSdl("type Query { a: Query b: Int }").Build();
        var executor = new RequestExecutor(schema, new ExecutorOptions { MaxDepth = 3 });
        var (result, _) = await ExecutorFixture.Run(executor, "{ a { ...F } } fragment F on Query { a { a { b } } }");
        Assert.Equal(RequestErrorKind.Validation, result.RequestError);
        Assert.Contains("maximum depth of 3", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Validation_errors_are_bounded()
    {
        var executor = new RequestExecutor(Schema, new ExecutorOptions { MaxErrors = 3, MaxAliases = 0 });
        var (result, _) = await ExecutorFixture.Run(executor, "{ a b c d e f }");
        Assert.Equal(4, result.Errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", result.Errors[^1].Message);
    }
}
