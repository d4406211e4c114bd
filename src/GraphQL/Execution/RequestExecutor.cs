using System.Text.Json;
using Microsoft.Extensions.Logging;
using RightHelp.GraphQL.Language;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;
using RightHelp.GraphQL.Utilities;
using RightHelp.GraphQL.Validation;

namespace RightHelp.GraphQL.Execution;

/// <summary>
/// Runs requests against one schema: trusted document lookup, cached parse + validation (spec 5 rules and the
/// configured limits), operation selection, variable coercion and execution.
/// </summary>
public sealed class RequestExecutor : IRequestExecutor
{
    private readonly ExecutorOptions _options;
    private readonly ILogger? _logger;
    private readonly DocumentCache _cache;

    public RequestExecutor(Schema schema, ExecutorOptions? options = null, ILogger<RequestExecutor>? logger = null)
    {
        Schema = schema;
        _options = options ?? new ExecutorOptions();
        _logger = logger;
        _cache = new DocumentCache(_options.DocumentCacheSize);
    }

    public Schema Schema { get; }

    /// <summary>The root value for each request (for example, null: root resolvers use services).</summary>
    public Func<RequestContext, object?>? RootValue { get; init; }

    internal int CachedDocuments => _cache.Count;

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, RequestContext context, CancellationToken cancellationToken)
    {
        var result = await ExecuteCoreAsync(request, context, cancellationToken).ConfigureAwait(false);
        return _options.IncludeSuggestions ? result : WithoutSuggestions(result);
    }

    /// <summary>
    /// Takes the "Did you mean ...?" hints out of every error, wherever it was made (validation,
    /// variable and argument coercion), so no path can leak a schema name the client did not send.
    /// </summary>
    private static ExecutionResult WithoutSuggestions(ExecutionResult result)
    {
        if (!result.Errors.Any(error => Suggestions.HasDidYouMean(error.Message)))
        {
            return result;
        }
        var errors = result.Errors
            .Select(error => Suggestions.HasDidYouMean(error.Message)
                ? new GraphQLError(Suggestions.WithoutDidYouMean(error.Message), error.Locations, error.Path, error.Extensions)
                : error)
            .ToList();
        return result.WithErrors(errors);
    }

    private async Task<ExecutionResult> ExecuteCoreAsync(GraphQLRequest request, RequestContext context, CancellationToken cancellationToken)
    {
        if (Schema.ValidationErrors.Count > 0)
        {
            return ExecutionResult.Failure(RequestErrorKind.Validation, Schema.ValidationErrors);
        }
        var query = request.Query;
        if (request.DocumentId is { } documentId)
        {
            if (_options.TrustedDocuments is null || !_options.TrustedDocuments.TryGetDocument(documentId, out var trusted))
            {
                return ExecutionResult.Failure(RequestErrorKind.DocumentNotFound, new GraphQLError($"Unknown document id \"{documentId}\"."));
            }
            query = trusted;
        }
        else if (_options.RequireTrustedDocuments)
        {
            if (query is null || _options.TrustedDocuments is not TrustedDocumentStore store || !store.Contains(query))
            {
                return ExecutionResult.Failure(RequestErrorKind.DocumentNotFound, new GraphQLError("Only trusted documents may be executed; send a known documentId."));
            }
        }
        if (query is null)
        {
            return ExecutionResult.Failure(RequestErrorKind.InvalidRequest, new GraphQLError("Must provide query string."));
        }
        if (request.Variables is { } variables && variables.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined))
        {
            return ExecutionResult.Failure(RequestErrorKind.InvalidRequest, new GraphQLError("Variables must be an object."));
        }

        var entry = GetDocument(query);
        if (entry.Kind != RequestErrorKind.None)
        {
            return ExecutionResult.Failure(entry.Kind, entry.Errors);
        }
        var document = entry.Document!;

        var operation = SelectOperation(document, request.OperationName, out var operationError);
        if (operation is null)
        {
            return ExecutionResult.Failure(RequestErrorKind.OperationNotFound, new GraphQLError(operationError!));
        }
        if (operation.Operation != OperationType.Query && !context.AllowMutations)
        {
            return ExecutionResult.Failure(RequestErrorKind.MutationNotAllowed,
                new GraphQLError($"Can only perform a {operation.Operation.ToString().ToLowerInvariant()} operation from a POST request."));
        }
        if (!_options.AllowIntrospection && IntrospectionGuard.UsesIntrospection(document, operation))
        {
            return ExecutionResult.Failure(RequestErrorKind.Validation,
                new GraphQLError("GraphQL introspection is not allowed, but the query contained __schema or __type."));
        }

        var variableErrors = new List<GraphQLError>();
        var coerced = VariableCoercion.Coerce(Schema, operation, request.Variables, variableErrors, _options.MaxErrors);
        if (variableErrors.Count > 0)
        {
            return ExecutionResult.Failure(RequestErrorKind.VariableCoercion, variableErrors);
        }

        var execution = new OperationExecution(Schema, entry, operation, coerced, RootValue?.Invoke(context), context,
            _options, _logger, cancellationToken);
        return await execution.RunAsync().ConfigureAwait(false);
    }

    private DocumentCacheEntry GetDocument(string query)
    {
        if (_cache.TryGet(query, out var cached))
        {
            return cached;
        }
        DocumentCacheEntry entry;
        if (query.Length > _options.MaxDocumentBytes)
        {
            entry = new DocumentCacheEntry(null,
                [new GraphQLError($"Syntax Error: Document is larger than the maximum of {_options.MaxDocumentBytes} bytes. Parsing aborted.")],
                RequestErrorKind.Syntax);
            return entry;
        }
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { MaxTokens = _options.MaxTokens, MaxNesting = _options.MaxParserNesting });
        }
        catch (GraphQLSyntaxException ex)
        {
            entry = new DocumentCacheEntry(null, [new GraphQLError(ex.Message, [ex.Location])], RequestErrorKind.Syntax);
            _cache.Add(query, entry);
            return entry;
        }
        var errors = DocumentValidator.Validate(Schema, document, NewRules(), _options.MaxErrors);
        entry = new DocumentCacheEntry(document, errors, errors.Count > 0 ? RequestErrorKind.Validation : RequestErrorKind.None);
        _cache.Add(query, entry);
        return entry;
    }

    /// <summary>
    /// Fresh rules for each validation: rules keep state while they walk a document (names seen so
    /// far), so two requests validating at once must not share them. A shared set once reported
    /// "only one operation named X" for a valid document, and the cache then kept that answer.
    /// </summary>
    private List<ValidationRule> NewRules()
    {
        var rules = new List<ValidationRule>(DocumentValidator.SpecifiedRules(_options.MaxIntrospectionDepth));
        rules.AddRange(LimitRules.For(_options));
        return rules;
    }

    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName, out string? error)
    {
        OperationDefinitionNode? operation = null;
        error = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate)
            {
                continue;
            }
            if (operationName is null)
            {
                if (operation is not null)
                {
                    error = "Must provide operation name if query contains multiple operations.";
                    return null;
                }
                operation = candidate;
            }
            else if (candidate.Name?.Value == operationName)
            {
                operation = candidate;
            }
        }
        if (operation is null)
        {
            error = operationName is not null ? $"Unknown operation named \"{operationName}\"." : "Must provide an operation.";
        }
        return operation;
    }
}
