using BenchmarkDotNet.Attributes;
using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Validation;

namespace RightHelp.Benchmarks.Engine;

/// <summary>
/// Our engine on the shared fixtures. Each method is the counterpart of the same-named benchmark in
/// graphql-js/bench.mjs: parse, validate (spec rules only, as graphql-js's specifiedRules), execute with a
/// cached document (the request executor's document cache, as a server runs it) and full introspection.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private EngineFixtures _fixtures = null!;
    private DocumentNode _queryDocument = null!;
    private DocumentNode _introspectionDocument = null!;
    private IReadOnlyList<ValidationRule> _rules = null!;
    private RequestExecutor _executor = null!;
    private RequestContext _context = null!;
    private GraphQLRequest _queryRequest = null!;
    private GraphQLRequest _introspectionRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixtures = EngineFixtures.Load();
        _queryDocument = Parser.Parse(_fixtures.Query);
        _introspectionDocument = Parser.Parse(_fixtures.IntrospectionQuery);
        _rules = DocumentValidator.SpecifiedRules();
        _executor = _fixtures.CreateExecutor();
        _context = EngineFixtures.CreateContext();
        _queryRequest = _fixtures.QueryRequest;
        _introspectionRequest = _fixtures.IntrospectionRequest;
    }

    [Benchmark(Description = "parse-query")]
    public DocumentNode ParseQuery() => Parser.Parse(_fixtures.Query);

    [Benchmark(Description = "parse-introspection")]
    public DocumentNode ParseIntrospection() => Parser.Parse(_fixtures.IntrospectionQuery);

    [Benchmark(Description = "validate-query")]
    public IReadOnlyList<GraphQLError> ValidateQuery() => DocumentValidator.Validate(_fixtures.Schema, _queryDocument, _rules);

    [Benchmark(Description = "validate-introspection")]
    public IReadOnlyList<GraphQLError> ValidateIntrospection() => DocumentValidator.Validate(_fixtures.Schema, _introspectionDocument, _rules);

    [Benchmark(Description = "execute-cached")]
    public Task<ExecutionResult> ExecuteCached() => _executor.ExecuteAsync(_queryRequest, _context, CancellationToken.None);

    [Benchmark(Description = "introspection")]
    public Task<ExecutionResult> Introspection() => _executor.ExecuteAsync(_introspectionRequest, _context, CancellationToken.None);
}
