using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Validation;

/// <summary>What rules see while the document is walked: the schema, the document, the current types and error reporting.</summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors;
    private readonly int _maxErrors;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _usages = new(ReferenceEqualityComparer.Instance);

    internal readonly List<NamedType?> ParentTypes = [];
    internal readonly List<GraphQLType?> Types = [];
    internal readonly List<FieldDefinition?> FieldDefinitions = [];
    internal readonly List<GraphQLType?> InputTypes = [];
    internal readonly List<bool> InputDefaults = [];
    internal readonly List<string?> OneOfFields = [];
    internal readonly List<ObjectValueNode> ObjectValues = [];

    internal ValidationContext(Schema schema, DocumentNode document, List<GraphQLError> errors, int maxErrors)
    {
        Schema = schema;
        Document = document;
        _errors = errors;
        _maxErrors = maxErrors;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    public Schema Schema { get; }
    public DocumentNode Document { get; }

    public NamedType? ParentType => ParentTypes.Count > 0 ? ParentTypes[^1] : null;
    public GraphQLType? Type => Types.Count > 0 ? Types[^1] : null;
    public FieldDefinition? FieldDefinition => FieldDefinitions.Count > 0 ? FieldDefinitions[^1] : null;
    public GraphQLType? InputType => InputTypes.Count > 0 ? InputTypes[^1] : null;
    public GraphQLType? ParentInputType => InputTypes.Count > 1 ? InputTypes[^2] : null;
    public DirectiveDefinition? Directive { get; internal set; }
    public InputValueDefinition? Argument { get; internal set; }

    /// <summary>The node owning the selection set being entered (operation, field, fragment or inline fragment).</summary>
    public SyntaxNode? SelectionSetOwner { get; internal set; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    public void Report(string message, params SyntaxNode[] nodes)
    {
        if (_errors.Count >= _maxErrors)
        {
            throw new ValidationAbortedException();
        }
        var locations = new SourceLocation[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            locations[i] = new SourceLocation(nodes[i].Location.Line, nodes[i].Location.Column);
        }
        _errors.Add(new GraphQLError(message, locations.Length > 0 ? locations : null));
    }

    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    public List<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode node)
    {
        if (_spreads.TryGetValue(node, out var found))
        {
            return found;
        }
        var spreads = new List<FragmentSpreadNode>();
        var stack = new Stack<SelectionSetNode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var set = stack.Pop();
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: not null } field:
                        stack.Push(field.SelectionSet);
                        break;
                    case InlineFragmentNode inline:
                        stack.Push(inline.SelectionSet);
                        break;
                }
            }
        }
        _spreads[node] = spreads;
        return spreads;
    }

    /// <summary>Fragments reachable from an operation, in discovery order (graphql-js getRecursivelyReferencedFragments).</summary>
    public List<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(operation.SelectionSet);
        while (toVisit.Count > 0)
        {
            var node = toVisit.Pop();
            foreach (var spread in GetFragmentSpreads(node))
            {
                var name = spread.Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    toVisit.Push(fragment.SelectionSet);
                }
            }
        }
        return fragments;
    }

    /// <summary>Variables used directly in a definition, with the type expected at each use.</summary>
    public List<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (!_usages.TryGetValue(definition, out var usages))
        {
            usages = DocumentWalker.CollectVariableUsages(this, definition);
            _usages[definition] = usages;
        }
        return usages;
    }

    public List<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }
        return usages;
    }

    internal ValidationContext Fork() => new(Schema, Document, [], int.MaxValue);
}
