using System.Diagnostics;
using System.Text;
using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Types;
using Xunit.Abstractions;

namespace RightHelp.GraphQL.Tests.Language;

/// <summary>Hostile documents are refused with a clear error; times are reported, not asserted (the machine is shared).</summary>
public sealed class HostileDocumentTests(ITestOutputHelper output)
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { a: Query f: Int list(first: Int): [Query] }").Build();

    private async Task<ExecutionResult> Run(string query, ExecutorOptions? options = null)
    {
        var executor = new RequestExecutor(Schema, options ?? new ExecutorOptions());
        var watch = Stopwatch.StartNew();
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query }, new RequestContext { Services = EmptyServices.Instance }, CancellationToken.None);
        output.WriteLine($"{query.Length:N0} chars refused in {watch.Elapsed.TotalMilliseconds:F1} ms: {result.Errors.FirstOrDefault()?.Message}");
        return result;
    }

    [Fact]
    public async Task Nesting_ten_thousand_deep_is_refused_without_stack_overflow()
    {
        var query = new string('{', 1) + string.Concat(Enumerable.Repeat("a {", 10_000)) + "f" + new string('}', 10_001);
        var result = await Run(query, new ExecutorOptions { MaxDocumentBytes = int.MaxValue, MaxTokens = int.MaxValue });
        Assert.Equal(RequestErrorKind.Syntax, result.RequestError);
        Assert.Contains("maximum nesting depth", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Deeply_nested_list_values_are_refused()
    {
        var query = "{ list(first: " + new string('[', 10_000) + new string(']', 10_000) + ") { f } }";
        var result = await Run(query, new ExecutorOptions { MaxDocumentBytes = int.MaxValue, MaxTokens = int.MaxValue });
        Assert.Equal(RequestErrorKind.Syntax, result.RequestError);
    }

    [Fact]
    public async Task A_hundred_thousand_aliases_are_refused_by_the_token_limit()
    {
        var builder = new StringBuilder("{");
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append(" a").Append(i).Append(": f");
        }
        var result = await Run(builder.Append('}').ToString(), new ExecutorOptions { MaxDocumentBytes = int.MaxValue });
        Assert.Equal(RequestErrorKind.Syntax, result.RequestError);
        Assert.Contains("Document contains more than 15000 tokens", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Five_megabytes_of_tokens_are_refused_by_the_size_limit()
    {
        var query = "{" + string.Concat(Enumerable.Repeat(" f", 2_500_000)) + "}";
        var result = await Run(query);
        Assert.Equal(RequestErrorKind.Syntax, result.RequestError);
        Assert.Contains("larger than the maximum", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Fragment_cycles_are_refused_by_validation()
    {
        var result = await Run("{ ...A } fragment A on Query { ...B } fragment B on Query { a { ...A } }");
        Assert.Equal(RequestErrorKind.Validation, result.RequestError);
        Assert.Contains(result.Errors, e => e.Message.StartsWith("Cannot spread fragment \"A\" within itself", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Exponential_fragment_fan_out_is_refused_quickly_by_the_cost_limit()
    {
        var builder = new StringBuilder("{ ...F0 }");
        for (var i = 0; i < 40; i++)
        {
            builder.Append($" fragment F{i} on Query {{ a {{ ...F{i + 1} }} list {{ ...F{i + 1} }} }}");
        }
        builder.Append(" fragment F40 on Query { f }");
        var result = await Run(builder.ToString(), new ExecutorOptions { MaxDepth = 0 });
        Assert.Equal(RequestErrorKind.Validation, result.RequestError);
        Assert.Contains(result.Errors, e => e.Message.Contains("maximum cost", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Alias_bombs_are_refused_by_the_alias_limit()
    {
        var query = "{" + string.Concat(Enumerable.Range(0, 500).Select(i => $" a{i}: f")) + "}";
        var result = await Run(query);
        Assert.Equal(RequestErrorKind.Validation, result.RequestError);
        Assert.Contains("maximum of 30 aliases", Assert.Single(result.Errors).Message);
    }
}
