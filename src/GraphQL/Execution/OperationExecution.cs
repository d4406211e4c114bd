using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;
using RightHelp.GraphQL.Types.Scalars;
using RightHelp.GraphQL.Utilities;

namespace RightHelp.GraphQL.Execution;

/// <summary>
/// Executes one operation (spec 6). Values complete synchronously when resolvers do; a pending resolver
/// makes its branch return a Task, awaited by the parent after all siblings have started, so DataLoader
/// keys from a whole list are queued before the first batch is dispatched.
/// Internally a completed value may be <see cref="ValueCoercion.Invalid"/>: "null here is not allowed,
/// propagate to the nearest nullable parent" (spec 6.4.4 "Handling Execution Errors").
/// </summary>
internal sealed class OperationExecution
{
    /// <summary>A field without a definition on the runtime type: left out of the object.</summary>
    private static readonly object Skip = ResultMap.Omitted;

    /// <summary>
    /// The coerced arguments of every field without argument definitions: one shared (never written) set, so
    /// sibling fields hand the reused resolver context the same object and it need not be rewritten.
    /// </summary>
    private static readonly Dictionary<string, object?> NoArguments = [];

    private readonly Dictionary<string, FragmentDefinitionNode> _fragments;
    private readonly DocumentCacheEntry _entry;
    private readonly bool _sharedPlan;
    private Dictionary<FieldGroup, (Dictionary<string, object?>? Arguments, GraphQLException? Error)>? _variableArguments;
    private readonly ExecutorOptions _options;
    private readonly ILogger? _logger;
    private readonly List<GraphQLError> _errors = [];
    private readonly FieldDefinition _schemaField;
    private readonly FieldDefinition _typeField;

    public OperationExecution(Schema schema, DocumentCacheEntry entry, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables, object? rootValue, RequestContext request,
        ExecutorOptions options, ILogger? logger, CancellationToken cancellationToken)
    {
        Schema = schema;
        Operation = operation;
        Variables = variables;
        RootValue = rootValue;
        Request = request;
        _options = options;
        _logger = logger;
        CancellationToken = cancellationToken;
        _entry = entry;
        _fragments = entry.Fragments;
        // Without variables in @skip/@include, collected fields are the same for every request, so they are
        // kept with the cached document.
        _sharedPlan = !entry.CollectionUsesVariables;
        (_schemaField, _typeField) = MetaFields.For(schema);
        DataLoaders = new DataLoaderScope(cancellationToken);
    }

    public Schema Schema { get; }
    public OperationDefinitionNode Operation { get; }
    public IReadOnlyDictionary<string, object?> Variables { get; }
    public object? RootValue { get; }
    public RequestContext Request { get; }
    public CancellationToken CancellationToken { get; }
    public DataLoaderScope DataLoaders { get; }

    /// <summary>The response path of the value being completed in the current synchronous section.</summary>
    internal PathStack Paths => _paths;

    private readonly ExecutionPump _pump = new();
    private ResultSlots _results = null!;
    private PathStack _paths = new();
    private readonly Stack<PathStack> _sparePaths = new();
    private ResolveContext[] _spareContexts = new ResolveContext[8];
    private int _spareCount;

    public async ValueTask<ExecutionResult> RunAsync()
    {
        var rootType = Schema.GetRootType(Operation.Operation);
        if (rootType is null)
        {
            var name = Operation.Operation.ToString().ToLowerInvariant();
            return ExecutionResult.Executed(null, [new GraphQLError($"Schema is not configured to execute {name} operation.",
                [new SourceLocation(Operation.Location.Line, Operation.Location.Column)])]);
        }
        CollectedFields fields;
        if (!_sharedPlan)
        {
            fields = CollectFields(rootType, [Operation.SelectionSet]);
        }
        else if (!_entry.TryGetRootFields(Operation, out fields))
        {
            fields = _entry.AddRootFields(Operation, CollectFields(rootType, [Operation.SelectionSet]));
        }
        _results = new ResultSlots(fields.SlotsUsed);
        object? data;
        if (Operation.Operation == OperationType.Mutation)
        {
            data = await ExecuteSerially(rootType, fields).ConfigureAwait(false);
        }
        else
        {
            data = _pump.Enter(() => ExecuteSelectionSet(rootType, RootValue, fields, 0));
            if (data is PendingValue pending)
            {
                data = await _pump.RunUntil(pending.Task, DataLoaders).ConfigureAwait(false);
            }
        }
        if (ReferenceEquals(data, ValueCoercion.Invalid))
        {
            data = null;
        }
        fields.SlotsUsed = _results.HandedOut;
        return ExecutionResult.Executed(data, _errors);
    }

    private async Task<object?> ExecuteSerially(ObjectType rootType, CollectedFields fields)
    {
        var map = _results.NewMap(fields);
        for (var i = 0; i < fields.Groups.Length; i++)
        {
            var group = fields.Groups[i];
            var value = _pump.Enter(() => ExecuteField(rootType, RootValue, group, 0));
            if (value is PendingValue pending)
            {
                value = await _pump.RunUntil(pending.Task, DataLoaders).ConfigureAwait(false);
            }
            if (ReferenceEquals(value, ValueCoercion.Invalid))
            {
                return ValueCoercion.Invalid;
            }
            map.SetValueAt(i, value);
        }
        return map;
    }

    /// <summary>
    /// Spec 6.3 ExecuteSelectionSet for "normal" (parallel) execution. <paramref name="depth"/> is the number of
    /// segments of the object's path in <see cref="_paths"/>.
    /// </summary>
    private object? ExecuteSelectionSet(ObjectType type, object? source, CollectedFields fields, int depth)
    {
        var map = _results.NewMap(fields);
        var groups = fields.Groups;
        List<int>? pending = null;
        // The object's short-path leaves share one resolver context: each is done with it when its resolver returns.
        ResolveContext? leafContext = null;
        for (var i = 0; i < groups.Length; i++)
        {
            var group = groups[i];
            var value = group.FastLeaf is { } fastLeaf
                ? ExecuteFastLeaf(fastLeaf, ref leafContext, source, group, depth)
                : ExecuteField(type, source, group, depth);
            if (ReferenceEquals(value, ValueCoercion.Invalid))
            {
                return ValueCoercion.Invalid;
            }
            if (value is PendingValue)
            {
                (pending ??= []).Add(i);
            }
            map.SetValueAt(i, value);
        }
        if (leafContext is not null)
        {
            ReleaseContext(leafContext);
        }
        return pending is null ? map : new PendingValue(AwaitMap(map, pending));
    }

    private static async Task<object?> AwaitMap(ResultMap map, List<int> pending)
    {
        var invalid = false;
        foreach (var index in pending)
        {
            var value = await ((PendingValue)map.ValueAt(index)!).Task.ConfigureAwait(true);
            invalid |= ReferenceEquals(value, ValueCoercion.Invalid);
            map.SetValueAt(index, value);
        }
        return invalid ? ValueCoercion.Invalid : map;
    }

    /// <summary>Spec 6.4 ExecuteField.</summary>
    private object? ExecuteField(ObjectType parentType, object? source, FieldGroup group, int depth)
    {
        if (group.FastLeaf is { } fastLeaf)
        {
            ResolveContext? leafContext = null;
            var value = ExecuteFastLeaf(fastLeaf, ref leafContext, source, group, depth);
            if (leafContext is not null)
            {
                ReleaseContext(leafContext);
            }
            return value;
        }
        var definition = group.Definition;
        if (definition is null)
        {
            definition = FieldDefinitionFor(parentType, group.Nodes[0].Name.Value);
            if (definition is null)
            {
                return Skip;
            }
            group.ReturnsLeaf = definition.Type.Nullable is NamedType { IsLeaf: true };
            group.ReturnsLeafList = definition.Type.Nullable is ListType { OfType.Nullable: NamedType { IsLeaf: true } };
            group.LeafScalar = definition.Type.Nullable as ScalarType;
            group.LeafEnum = definition.Type.Nullable as EnumType;
            group.LeafPassThrough = PassThroughOf(group.LeafScalar);
            group.NonNull = definition.Type.IsNonNull;
            group.Definition = definition;
        }
        if (ReferenceEquals(definition, MetaFields.TypeName))
        {
            return parentType.Name;
        }
        Dictionary<string, object?>? arguments;
        GraphQLException? argumentError;
        if (group.ArgumentsReady)
        {
            arguments = group.Arguments;
            argumentError = group.ArgumentError;
        }
        else
        {
            (arguments, argumentError) = CoerceArguments(definition, group);
            if (group.ArgumentsReady && argumentError is null && group.ReturnsLeaf && definition.SyncResolver is { } sync
                && !ReferenceEquals(definition, _schemaField) && !ReferenceEquals(definition, _typeField))
            {
                group.FastLeaf = sync;
            }
        }
        if (argumentError is not null)
        {
            return HandleFieldError(argumentError, definition.Type, group, _paths.Field(depth, group.ResponseKey));
        }
        if (ReferenceEquals(definition, _schemaField))
        {
            source = Schema;
        }
        var context = _spareCount > 0 ? _spareContexts[--_spareCount] : new ResolveContext(this);
        context.Set(source, group, arguments!, depth);
        object? result;
        try
        {
            if (definition.SyncResolver is { } sync)
            {
                result = sync(context);
            }
            else
            {
                // An asynchronous resolver may read its path after an await, when the stack has moved on.
                context.FixParentPath(_paths.Build(depth));
                var resolved = (definition.Resolver ?? Schema.DefaultResolver)(context);
                if (!resolved.IsCompleted)
                {
                    return new PendingValue(CompleteFieldAsync(resolved, definition.Type, group, context.Path));
                }
                result = resolved.Result;
            }
        }
        catch (Exception ex)
        {
            return HandleFieldError(ex, definition.Type, group, _paths.Field(depth, group.ResponseKey));
        }
        if (group.ReturnsLeaf && result is not JsonElement)
        {
            ReleaseContext(context);
            return CompleteLeaf(group, depth, result);
        }
        try
        {
            _paths.SetKey(depth, group.ResponseKey);
            var completed = CompleteValue(definition.Type, group, depth + 1, result);
            // A resolver that completed synchronously is done with its context once its value is completed: a
            // lazy sequence it returned (which may read the context) has been enumerated by now, and subfields
            // took contexts of their own. So later fields can reuse the object.
            ReleaseContext(context);
            if (completed is PendingValue pendingValue)
            {
                return new PendingValue(ToFieldResult(pendingValue.Task, definition.Type));
            }
            return ReferenceEquals(completed, ValueCoercion.Invalid) && !definition.Type.IsNonNull ? null : completed;
        }
        catch (Exception ex)
        {
            return HandleFieldError(ex, definition.Type, group, _paths.Field(depth, group.ResponseKey));
        }
    }

    /// <summary>
    /// ExecuteField for the most common field: a scalar or enum from a synchronous resolver, with arguments that
    /// are the same for every object (see <see cref="FieldGroup.FastLeaf"/>). It does what the general path does
    /// for such a field, without re-checking what the group already knows.
    /// </summary>
    /// <param name="context">The context to use, taken from the spares when null; the caller releases it. Set to
    /// null when the resolver throws: it may have kept the context, so it is not reused.</param>
    private object? ExecuteFastLeaf(Func<ResolveContext, object?> resolver, ref ResolveContext? context, object? source,
        FieldGroup group, int depth)
    {
        context ??= _spareCount > 0 ? _spareContexts[--_spareCount] : new ResolveContext(this);
        context.Set(source, group, group.Arguments!, depth);
        object? result;
        try
        {
            result = resolver(context);
        }
        catch (Exception ex)
        {
            context = null;
            return HandleFieldError(ex, group.Definition!.Type, group, _paths.Field(depth, group.ResponseKey));
        }
        // Most leaves are already their serialized value: checked here to save the call.
        if (result is not null && PassesThrough(group.LeafPassThrough, result))
        {
            return result;
        }
        if (result is JsonElement element)
        {
            result = JsonValues.ToPlain(element);
        }
        return CompleteLeaf(group, depth, result);
    }

    private static PassThrough PassThroughOf(ScalarType? scalar) => scalar switch
    {
        IntScalar => PassThrough.Int,
        StringScalar or IdScalar => PassThrough.String,
        BooleanScalar => PassThrough.Boolean,
        FloatScalar => PassThrough.Float,
        _ => PassThrough.None,
    };

    /// <summary>Whether a leaf value is already what its built-in scalar would serialize it to.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool PassesThrough(PassThrough passThrough, object value) => passThrough switch
    {
        PassThrough.String => value is string,
        PassThrough.Int => value is int,
        PassThrough.Boolean => value is bool,
        PassThrough.Float => value is double d && double.IsFinite(d),
        _ => false,
    };

    /// <summary>CompleteValue for a scalar or enum field, the most common case, without walking the type's wrappers.</summary>
    private object? CompleteLeaf(FieldGroup group, int depth, object? result)
    {
        try
        {
            if (result is null)
            {
                if (group.NonNull)
                {
                    throw new NonNullViolation($"Cannot return null for non-nullable field {group.ParentType.Name}.{group.Nodes[0].Name.Value}.");
                }
                return null;
            }
            if (PassesThrough(group.LeafPassThrough, result))
            {
                return result;
            }
            return group.LeafScalar is { } scalar ? SerializeScalar(scalar, result) : group.LeafEnum!.Serialize(result);
        }
        catch (Exception ex)
        {
            return HandleFieldError(ex, group.Definition!.Type, group, _paths.Field(depth, group.ResponseKey));
        }
    }

    /// <summary>
    /// Coerces a field's arguments once per group and request. A group shared between requests caches them only
    /// when no variable is involved; otherwise this request keeps its own.
    /// </summary>
    private (Dictionary<string, object?>? Arguments, GraphQLException? Error) CoerceArguments(FieldDefinition definition, FieldGroup group)
    {
        var perRequest = _sharedPlan && ExecutionPlanning.ArgumentsUseVariables(group.Nodes[0].Arguments);
        if (perRequest && _variableArguments is not null && _variableArguments.TryGetValue(group, out var known))
        {
            return known;
        }
        (Dictionary<string, object?>? Arguments, GraphQLException? Error) coerced;
        if (definition.Arguments.Count == 0)
        {
            // Coercion only looks at defined arguments, so with none the result is always empty.
            coerced = (NoArguments, null);
        }
        else
        {
            try
            {
                coerced = (ValueCoercion.CoerceArguments(definition.Arguments, group.Nodes[0].Arguments, Variables), null);
            }
            catch (GraphQLException ex)
            {
                coerced = (null, ex);
            }
        }
        if (perRequest)
        {
            (_variableArguments ??= new Dictionary<FieldGroup, (Dictionary<string, object?>?, GraphQLException?)>(ReferenceEqualityComparer.Instance))[group] = coerced;
        }
        else
        {
            group.SetArguments(coerced.Arguments, coerced.Error);
        }
        return coerced;
    }

    private void ReleaseContext(ResolveContext context)
    {
        if (_spareCount == _spareContexts.Length)
        {
            Array.Resize(ref _spareContexts, _spareCount * 2);
        }
        _spareContexts[_spareCount++] = context;
    }

    private static async Task<object?> ToFieldResult(Task<object?> task, GraphQLType type)
    {
        var value = await task.ConfigureAwait(true);
        return ReferenceEquals(value, ValueCoercion.Invalid) && !type.IsNonNull ? null : value;
    }

    private async Task<object?> CompleteFieldAsync(ValueTask<object?> resolved, GraphQLType type, FieldGroup group, ResponsePath path)
    {
        try
        {
            var result = await resolved.ConfigureAwait(true);
            var completed = CompleteRebased(type, group, path, result);
            if (completed is PendingValue pendingValue)
            {
                completed = await pendingValue.Task.ConfigureAwait(true);
            }
            return ReferenceEquals(completed, ValueCoercion.Invalid) && !type.IsNonNull ? null : completed;
        }
        catch (Exception ex)
        {
            return HandleFieldError(ex, type, group, path);
        }
    }

    /// <summary>
    /// CompleteValue in a continuation: the path stack belongs to whichever synchronous section is running (this
    /// continuation may even run inline inside one), so the value is completed on a stack of its own, based at its path.
    /// </summary>
    private object? CompleteRebased(GraphQLType type, FieldGroup group, ResponsePath path, object? result)
    {
        var outer = _paths;
        var own = _sparePaths.Count > 0 ? _sparePaths.Pop() : new PathStack();
        own.Reset(path);
        _paths = own;
        try
        {
            return CompleteValue(type, group, 0, result);
        }
        finally
        {
            _paths = outer;
            _sparePaths.Push(own);
        }
    }

    private FieldDefinition? FieldDefinitionFor(ObjectType parentType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__typename")
            {
                return MetaFields.TypeName;
            }
            if (ReferenceEquals(parentType, Schema.QueryType))
            {
                if (name == "__schema")
                {
                    return _schemaField;
                }
                if (name == "__type")
                {
                    return _typeField;
                }
            }
        }
        return parentType.GetField(name);
    }

    private object? HandleFieldError(Exception exception, GraphQLType type, FieldGroup group, ResponsePath path)
    {
        _errors.Add(ToError(exception, group, path));
        return type.IsNonNull ? ValueCoercion.Invalid : null;
    }

    private GraphQLError ToError(Exception exception, FieldGroup group, ResponsePath path)
    {
        var locations = new SourceLocation[group.Nodes.Count];
        for (var i = 0; i < locations.Length; i++)
        {
            locations[i] = new SourceLocation(group.Nodes[i].Location.Line, group.Nodes[i].Location.Column);
        }
        if (exception is GraphQLException known)
        {
            if (known.Node is { } node)
            {
                locations = [new SourceLocation(node.Location.Line, node.Location.Column)];
            }
            return new GraphQLError(known.Message, locations, path.ToList(), known.Extensions);
        }
        if (exception is NonNullViolation violation)
        {
            return new GraphQLError(violation.Message, locations, path.ToList());
        }
        if (_options.IncludeExceptionDetails)
        {
            return new GraphQLError(exception.Message, locations, path.ToList());
        }
        var correlationId = Guid.NewGuid().ToString("N");
        _logger?.LogError(exception, "Resolver for {Type}.{Field} failed (correlation id {CorrelationId}).",
            group.ParentType.Name, group.Nodes[0].Name.Value, correlationId);
        return new GraphQLError("Unexpected error.", locations, path.ToList(),
            new Dictionary<string, object?> { ["correlationId"] = correlationId });
    }

    /// <summary>
    /// Spec 6.4.3 CompleteValue. Throws for errors at this position; nested errors are handled below.
    /// <paramref name="depth"/> is the number of segments of the value's path in <see cref="_paths"/>.
    /// </summary>
    private object? CompleteValue(GraphQLType type, FieldGroup group, int depth, object? result)
    {
        if (type is NonNullType nonNull)
        {
            var completed = CompleteValue(nonNull.OfType, group, depth, result);
            if (completed is null)
            {
                throw new NonNullViolation($"Cannot return null for non-nullable field {group.ParentType.Name}.{group.Nodes[0].Name.Value}.");
            }
            return completed is PendingValue pending ? new PendingValue(CompleteNonNullAsync(pending.Task, group, _paths.Build(depth)!)) : completed;
        }
        if (result is JsonElement element)
        {
            result = JsonValues.ToPlain(element);
        }
        if (result is null)
        {
            return null;
        }
        // Sealed types first: testing for them is one compare, while ScalarType (open to custom scalars) walks the hierarchy.
        switch (type)
        {
            case ObjectType objectType:
                return ExecuteSelectionSet(objectType, result, Subfields(objectType, group), depth);
            case ListType list:
                return CompleteList(list.OfType, group, depth, result);
            case EnumType enumType:
                return enumType.Serialize(result);
            case InterfaceType or UnionType:
                {
                    var abstractType = (NamedType)type;
                    var runtimeType = ResolveRuntimeType(abstractType, group, result);
                    return ExecuteSelectionSet(runtimeType, result, Subfields(runtimeType, group), depth);
                }
            default:
                return SerializeScalar((ScalarType)type, result);
        }
    }

    private static object SerializeScalar(ScalarType scalar, object result) =>
        scalar.Serialize(result) ?? throw new GraphQLException($"Expected `{scalar.Name}.serialize` to return non-nullable value.");

    private async Task<object?> CompleteNonNullAsync(Task<object?> task, FieldGroup group, ResponsePath path)
    {
        var value = await task.ConfigureAwait(true);
        if (value is null)
        {
            _errors.Add(ToError(new NonNullViolation($"Cannot return null for non-nullable field {group.ParentType.Name}.{group.Nodes[0].Name.Value}."), group, path));
            return ValueCoercion.Invalid;
        }
        return value;
    }

    private ObjectType ResolveRuntimeType(NamedType abstractType, FieldGroup group, object result)
    {
        var field = $"{group.ParentType.Name}.{group.Nodes[0].Name.Value}";
        var name = Schema.ResolveTypeName(result, abstractType)
            ?? throw new GraphQLException($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        var runtime = Schema.GetType(name)
            ?? throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.");
        if (runtime is not ObjectType objectType)
        {
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".");
        }
        if (!Schema.IsSubType(abstractType, objectType))
        {
            throw new GraphQLException($"Runtime Object type \"{name}\" is not a possible type for \"{abstractType.Name}\".");
        }
        return objectType;
    }

    /// <summary>CompleteValue for a list at <paramref name="depth"/>: each item is completed at depth + 1 with its index written there.</summary>
    private object? CompleteList(GraphQLType itemType, FieldGroup group, int depth, object result)
    {
        if (result is string || result is IDictionary || result is IDictionary<string, object?> || result is not IEnumerable enumerable)
        {
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{group.ParentType.Name}.{group.Nodes[0].Name.Value}\".");
        }
        if (result is IList list)
        {
            return itemType.Nullable is NamedType { IsLeaf: true }
                ? CompleteLeafItems(itemType, group, depth, list)
                : CompleteIndexedList(itemType, group, depth, list);
        }
        var items = result is ICollection collection ? new object?[collection.Count] : null;
        var grown = items is null ? new List<object?>() : null;
        List<int>? pending = null;
        var index = 0;
        foreach (var item in enumerable)
        {
            _paths.SetIndex(depth, index);
            object? completed;
            try
            {
                completed = CompleteValue(itemType, group, depth + 1, item);
            }
            catch (Exception ex)
            {
                _errors.Add(ToError(ex, group, _paths.Build(depth + 1)!));
                completed = ValueCoercion.Invalid;
            }
            if (ReferenceEquals(completed, ValueCoercion.Invalid))
            {
                if (itemType.IsNonNull)
                {
                    return ValueCoercion.Invalid;
                }
                completed = null;
            }
            else if (completed is PendingValue)
            {
                (pending ??= []).Add(index);
            }
            if (items is not null && index < items.Length)
            {
                items[index] = completed;
            }
            else
            {
                grown ??= [.. items ?? []];
                grown.Add(completed);
            }
            index++;
        }
        var array = grown is not null ? grown.ToArray() : items!;
        return pending is null ? array : new PendingValue(AwaitList(array, pending, itemType.IsNonNull));
    }

    /// <summary>CompleteList over an indexable list: no enumerator, and the size is known up front.</summary>
    private object? CompleteIndexedList(GraphQLType itemType, FieldGroup group, int depth, IList list)
    {
        var count = list.Count;
        var items = count == 0 ? [] : new object?[count];
        List<int>? pending = null;
        for (var index = 0; index < count; index++)
        {
            _paths.SetIndex(depth, index);
            object? completed;
            try
            {
                completed = CompleteValue(itemType, group, depth + 1, list[index]);
            }
            catch (Exception ex)
            {
                _errors.Add(ToError(ex, group, _paths.Build(depth + 1)!));
                completed = ValueCoercion.Invalid;
            }
            if (ReferenceEquals(completed, ValueCoercion.Invalid))
            {
                if (itemType.IsNonNull)
                {
                    return ValueCoercion.Invalid;
                }
                completed = null;
            }
            else if (completed is PendingValue)
            {
                (pending ??= []).Add(index);
            }
            items[index] = completed;
        }
        return pending is null ? items : new PendingValue(AwaitList(items, pending, itemType.IsNonNull));
    }

    /// <summary>
    /// CompleteList for an indexable list of scalars or enums: each item is serialized in place, never pending,
    /// and its index is written to the path only when it fails.
    /// </summary>
    private object? CompleteLeafItems(GraphQLType itemType, FieldGroup group, int depth, IList list)
    {
        var scalar = itemType.Nullable as ScalarType;
        var enumType = itemType.Nullable as EnumType;
        var passThrough = PassThroughOf(scalar);
        var nonNull = itemType.IsNonNull;
        var count = list.Count;
        var items = count == 0 ? [] : new object?[count];
        for (var index = 0; index < count; index++)
        {
            var item = list[index];
            if (item is JsonElement element)
            {
                item = JsonValues.ToPlain(element);
            }
            object? completed;
            try
            {
                if (item is null)
                {
                    completed = nonNull
                        ? throw new NonNullViolation($"Cannot return null for non-nullable field {group.ParentType.Name}.{group.Nodes[0].Name.Value}.")
                        : null;
                }
                else
                {
                    completed = PassesThrough(passThrough, item)
                        ? item
                        : scalar is not null ? SerializeScalar(scalar, item) : enumType!.Serialize(item);
                }
            }
            catch (Exception ex)
            {
                _paths.SetIndex(depth, index);
                _errors.Add(ToError(ex, group, _paths.Build(depth + 1)!));
                if (nonNull)
                {
                    return ValueCoercion.Invalid;
                }
                completed = null;
            }
            items[index] = completed;
        }
        return items;
    }

    private static async Task<object?> AwaitList(object?[] items, List<int> pending, bool nonNullItems)
    {
        var invalid = false;
        foreach (var index in pending)
        {
            var value = await ((PendingValue)items[index]!).Task.ConfigureAwait(true);
            if (ReferenceEquals(value, ValueCoercion.Invalid))
            {
                invalid |= nonNullItems;
                value = null;
            }
            items[index] = value;
        }
        return invalid ? ValueCoercion.Invalid : items;
    }

    private CollectedFields Subfields(ObjectType type, FieldGroup group)
    {
        if (group.TryGetSubfields(type, out var cached))
        {
            return cached;
        }
        var sets = new List<SelectionSetNode>(group.Nodes.Count);
        foreach (var node in group.Nodes)
        {
            if (node.SelectionSet is not null)
            {
                sets.Add(node.SelectionSet);
            }
        }
        var fields = CollectFields(type, sets);
        group.SetSubfields(type, fields);
        return fields;
    }

    /// <summary>Spec 6.3.2 CollectFields.</summary>
    private CollectedFields CollectFields(ObjectType type, List<SelectionSetNode> sets)
    {
        var groups = new List<FieldGroup>();
        Dictionary<string, FieldGroup>? byKey = null;
        HashSet<string>? visited = null;
        foreach (var set in sets)
        {
            Collect(type, set, groups, ref byKey, ref visited);
        }
        return new CollectedFields(type, [.. groups]);
    }

    private void Collect(ObjectType type, SelectionSetNode set, List<FieldGroup> groups,
        ref Dictionary<string, FieldGroup>? byKey, ref HashSet<string>? visited)
    {
        foreach (var selection in set.Selections)
        {
            if (selection.Directives.Count > 0 && !ShouldInclude(selection.Directives))
            {
                continue;
            }
            switch (selection)
            {
                case FieldNode field:
                    {
                        var key = field.ResponseKey;
                        byKey ??= new Dictionary<string, FieldGroup>(StringComparer.Ordinal);
                        if (byKey.TryGetValue(key, out var group))
                        {
                            group.Nodes.Add(field);
                        }
                        else
                        {
                            group = new FieldGroup(key, type, field);
                            byKey[key] = group;
                            groups.Add(group);
                        }
                        break;
                    }
                case FragmentSpreadNode spread:
                    {
                        visited ??= new HashSet<string>(StringComparer.Ordinal);
                        if (!visited.Add(spread.Name.Value) || !_fragments.TryGetValue(spread.Name.Value, out var fragment)
                            || !Applies(type, fragment.TypeCondition))
                        {
                            continue;
                        }
                        Collect(type, fragment.SelectionSet, groups, ref byKey, ref visited);
                        break;
                    }
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is not null && !Applies(type, inline.TypeCondition))
                    {
                        continue;
                    }
                    Collect(type, inline.SelectionSet, groups, ref byKey, ref visited);
                    break;
            }
        }
    }

    private bool Applies(ObjectType type, NamedTypeNode condition)
    {
        var conditionType = Schema.GetType(condition.Name.Value);
        return conditionType is not null && Schema.IsPossibleType(conditionType, type);
    }

    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }
            var definition = Schema.GetDirective(name);
            if (definition is null)
            {
                continue;
            }
            var arguments = ValueCoercion.CoerceArguments(definition.Arguments, directive.Arguments, Variables);
            var condition = arguments.TryGetValue("if", out var value) && value is true;
            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }
        return true;
    }
}
