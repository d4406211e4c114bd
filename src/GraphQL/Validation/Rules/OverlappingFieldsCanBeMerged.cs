using System.Text;
using RightHelp.GraphQL.Language.Ast;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2 Field Selection Merging: "For each selection set set in the document, FieldsInSetCanMerge(set)
/// must be true" — fields with the same response name must be the same field with the same arguments unless
/// their parents are mutually exclusive object types, and must have compatible response shapes.
/// Follows graphql-js 17's algorithm, messages and complexity budget.
/// </summary>
public sealed class OverlappingFieldsCanBeMerged : ValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    private readonly Dictionary<(NamedType?, SelectionSetNode), Collected> _collected = [];
    private readonly Dictionary<(Collected, FragmentDefinitionNode), bool> _fieldsAndFragmentPairs = [];
    private readonly Dictionary<(FragmentDefinitionNode, FragmentDefinitionNode), bool> _fragmentPairs = [];
    private readonly Dictionary<ValueNode, string> _valueKeys = new(ReferenceEqualityComparer.Instance);
    private int _budget;

    public override void EnterDocument(ValidationContext context, DocumentNode node)
    {
        _collected.Clear();
        _fieldsAndFragmentPairs.Clear();
        _fragmentPairs.Clear();
        _valueKeys.Clear();
        _budget = MaxComplexityBudget;
    }

    public override void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
        if (context.SelectionSetOwner is InlineFragmentNode)
        {
            return;
        }
        if (node.Selections.Count <= 1 && (node.Selections.Count == 0 || node.Selections[0] is not InlineFragmentNode))
        {
            return;
        }
        List<Conflict> conflicts;
        try
        {
            conflicts = FindConflictsWithin(context, context.ParentType, node);
        }
        catch (BudgetExceededException)
        {
            throw new ValidationAbortedException();
        }
        foreach (var conflict in conflicts)
        {
            context.Report($"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }
    }

    private void Spend(int cost)
    {
        _budget -= cost;
        if (_budget < 0)
        {
            throw new BudgetExceededException();
        }
    }

    private List<Conflict> FindConflictsWithin(ValidationContext context, NamedType? parentType, SelectionSetNode set)
    {
        var conflicts = new List<Conflict>();
        var collected = Collect(context, parentType, set);
        foreach (var key in collected.Keys)
        {
            var list = collected.Fields[key];
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    if (FindConflict(context, false, key, list[i], list[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
        if (collected.Spreads.Count != 0 && (collected.Keys.Count != 0 || collected.Spreads.Count > 1))
        {
            var spreads = FragmentSpreads(context, collected);
            for (var i = 0; i < spreads.Count; i++)
            {
                BetweenFieldsAndFragment(context, conflicts, false, collected, spreads[i]);
                for (var j = i + 1; j < spreads.Count; j++)
                {
                    BetweenFragments(context, conflicts, false, spreads[i], spreads[j]);
                }
            }
        }
        return conflicts;
    }

    private void BetweenFieldsAndFragment(ValidationContext context, List<Conflict> conflicts, bool exclusive, Collected collected, FragmentDefinitionNode fragment)
    {
        Spend(1);
        if (collected.Keys.Count == 0)
        {
            return;
        }
        if (_fieldsAndFragmentPairs.TryGetValue((collected, fragment), out var seen) && (exclusive || seen == exclusive))
        {
            return;
        }
        _fieldsAndFragmentPairs[(collected, fragment)] = exclusive;
        var collected2 = CollectFragment(context, fragment);
        var referenced = FragmentSpreads(context, collected2);
        if (ReferenceEquals(collected, collected2))
        {
            return;
        }
        Between(context, conflicts, exclusive, collected, collected2);
        foreach (var spread in referenced)
        {
            BetweenFieldsAndFragment(context, conflicts, exclusive, collected, spread);
        }
    }

    private void BetweenFragments(ValidationContext context, List<Conflict> conflicts, bool exclusive, FragmentDefinitionNode fragment1, FragmentDefinitionNode fragment2)
    {
        Spend(2);
        if (ReferenceEquals(fragment1, fragment2))
        {
            return;
        }
        if ((_fragmentPairs.TryGetValue((fragment1, fragment2), out var seen) && (exclusive || seen == exclusive))
            || (_fragmentPairs.TryGetValue((fragment2, fragment1), out seen) && (exclusive || seen == exclusive)))
        {
            return;
        }
        _fragmentPairs[(fragment1, fragment2)] = exclusive;
        var collected1 = CollectFragment(context, fragment1);
        var referenced1 = FragmentSpreads(context, collected1);
        var collected2 = CollectFragment(context, fragment2);
        var referenced2 = FragmentSpreads(context, collected2);
        Between(context, conflicts, exclusive, collected1, collected2);
        foreach (var spread2 in referenced2)
        {
            BetweenFragments(context, conflicts, exclusive, fragment1, spread2);
        }
        foreach (var spread1 in referenced1)
        {
            BetweenFragments(context, conflicts, exclusive, spread1, fragment2);
        }
    }

    private List<Conflict> BetweenSubSelectionSets(ValidationContext context, bool exclusive, NamedType? parentType1, SelectionSetNode set1,
        NamedType? parentType2, SelectionSetNode set2)
    {
        var conflicts = new List<Conflict>();
        var collected1 = Collect(context, parentType1, set1);
        var spreads1 = FragmentSpreads(context, collected1);
        var collected2 = Collect(context, parentType2, set2);
        var spreads2 = FragmentSpreads(context, collected2);
        Between(context, conflicts, exclusive, collected1, collected2);
        foreach (var spread2 in spreads2)
        {
            BetweenFieldsAndFragment(context, conflicts, exclusive, collected1, spread2);
        }
        foreach (var spread1 in spreads1)
        {
            BetweenFieldsAndFragment(context, conflicts, exclusive, collected2, spread1);
        }
        foreach (var spread1 in spreads1)
        {
            foreach (var spread2 in spreads2)
            {
                BetweenFragments(context, conflicts, exclusive, spread1, spread2);
            }
        }
        return conflicts;
    }

    private void Between(ValidationContext context, List<Conflict> conflicts, bool exclusive, Collected collected1, Collected collected2)
    {
        if (collected1.Keys.Count == 0 || collected2.Keys.Count == 0)
        {
            return;
        }
        foreach (var key in collected1.Keys)
        {
            Spend(1);
            if (!collected2.Fields.TryGetValue(key, out var list2))
            {
                continue;
            }
            foreach (var field1 in collected1.Fields[key])
            {
                foreach (var field2 in list2)
                {
                    if (FindConflict(context, exclusive, key, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private Conflict? FindConflict(ValidationContext context, bool parentsExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        var exclusive = parentsExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && SameTypeReference(type1, type2) && field1.Node.Name.Value == field2.Node.Name.Value)
        {
            return null;
        }
        if (!exclusive)
        {
            var name1 = field1.Node.Name.Value;
            var name2 = field2.Node.Name.Value;
            if (name1 != name2)
            {
                return new Conflict(responseName, $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields", [field1.Node], [field2.Node]);
            }
            if (!SameArguments(field1.Node.Arguments, field2.Node.Arguments))
            {
                return new Conflict(responseName, "they have differing arguments", [field1.Node], [field2.Node]);
            }
        }
        if (type1 is not null && type2 is not null && TypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [field1.Node], [field2.Node]);
        }
        if (field1.Node.SelectionSet is { } set1 && field2.Node.SelectionSet is { } set2)
        {
            var conflicts = BetweenSubSelectionSets(context, exclusive, type1?.Named, set1, type2?.Named, set2);
            return SubfieldConflicts(conflicts, responseName, field1.Node, field2.Node);
        }
        return null;
    }

    private static bool SameTypeReference(GraphQLType? a, GraphQLType? b) =>
        (a is null && b is null) || (a is not null && b is not null && GraphQLType.AreEqual(a, b));

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }
        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? string.Empty : " and ")
                .Append($"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}");
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }
        return new Conflict(responseName, Abbreviate(message.ToString()), ConflictNodes(node1, conflicts, true), ConflictNodes(node2, conflicts, false));
    }

    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var remaining = MaxConflictNodes - nodes.Count;
            var side = first ? conflict.Fields1 : conflict.Fields2;
            nodes.AddRange(side.Skip(Math.Max(0, side.Count - remaining)));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }
        return nodes;
    }

    private bool TypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (GraphQLType.AreEqual(type1, type2))
        {
            return false;
        }
        Spend(1);
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || TypesConflict(list1.OfType, list2.OfType);
        }
        if (type2 is ListType)
        {
            return true;
        }
        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || TypesConflict(nonNull1.OfType, nonNull2.OfType);
        }
        if (type2 is NonNullType)
        {
            return true;
        }
        if (type1.Named.IsLeaf || type2.Named.IsLeaf)
        {
            return !ReferenceEquals(type1, type2);
        }
        return false;
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }
        foreach (var argument1 in arguments1)
        {
            Spend(1);
            var argument2 = arguments2.FirstOrDefault(a => a.Name.Value == argument1.Name.Value);
            if (argument2 is null || ValueKey(argument1.Value) != ValueKey(argument2.Value))
            {
                return false;
            }
        }
        return true;
    }

    private string ValueKey(ValueNode value)
    {
        if (!_valueKeys.TryGetValue(value, out var key))
        {
            var builder = new StringBuilder();
            AppendKey(builder, value);
            _valueKeys[value] = key = builder.ToString();
        }
        return key;
    }

    private static void AppendKey(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append("$").Append(variable.Name.Value);
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                foreach (var field in obj.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    builder.Append(field.Name.Value).Append(':');
                    AppendKey(builder, field.Value);
                    builder.Append(',');
                }
                builder.Append('}');
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    AppendKey(builder, item);
                    builder.Append(',');
                }
                builder.Append(']');
                break;
            case StringValueNode s:
                builder.Append(s.Block ? "B" : "S").Append(System.Text.Json.JsonSerializer.Serialize(s.Value));
                break;
            case IntValueNode i:
                builder.Append("I").Append(i.Value);
                break;
            case FloatValueNode f:
                builder.Append("F").Append(f.Value);
                break;
            case BooleanValueNode b:
                builder.Append(b.Value ? "T" : "X");
                break;
            case NullValueNode:
                builder.Append('N');
                break;
            case EnumValueNode e:
                builder.Append("E").Append(e.Value);
                break;
        }
    }

    private Collected Collect(ValidationContext context, NamedType? parentType, SelectionSetNode set)
    {
        if (_collected.TryGetValue((parentType, set), out var found))
        {
            return found;
        }
        var collected = new Collected();
        CollectInto(context, parentType, set, collected);
        _collected[(parentType, set)] = collected;
        return collected;
    }

    private Collected CollectFragment(ValidationContext context, FragmentDefinitionNode fragment) =>
        Collect(context, context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private static void CollectInto(ValidationContext context, NamedType? parentType, SelectionSetNode set, Collected collected)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    {
                        var definition = (parentType as ComplexType)?.GetField(field.Name.Value);
                        var key = field.ResponseKey;
                        if (!collected.Fields.TryGetValue(key, out var list))
                        {
                            collected.Fields[key] = list = [];
                            collected.Keys.Add(key);
                        }
                        list.Add(new FieldDetails(parentType, field, definition, field.Arguments.Count == 0 && field.SelectionSet is null));
                        break;
                    }
                case FragmentSpreadNode spread:
                    collected.Spreads.Add(spread);
                    break;
                case InlineFragmentNode inline:
                    {
                        var type = inline.TypeCondition is null ? parentType : context.Schema.GetType(inline.TypeCondition.Name.Value);
                        CollectInto(context, type, inline.SelectionSet, collected);
                        break;
                    }
            }
        }
    }

    private List<FragmentDefinitionNode> FragmentSpreads(ValidationContext context, Collected collected)
    {
        if (collected.FragmentDefinitions is not null)
        {
            return collected.FragmentDefinitions;
        }
        var result = new List<FragmentDefinitionNode>();
        foreach (var spread in collected.Spreads)
        {
            Spend(1);
            if (context.GetFragment(spread.Name.Value) is { } fragment && !result.Contains(fragment))
            {
                result.Add(fragment);
            }
        }
        collected.FragmentDefinitions = result;
        return result;
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private sealed class Collected
    {
        public List<string> Keys { get; } = [];
        public Dictionary<string, List<FieldDetails>> Fields { get; } = new(StringComparer.Ordinal);
        public List<FragmentSpreadNode> Spreads { get; } = [];
        public List<FragmentDefinitionNode>? FragmentDefinitions { get; set; }
    }

    private sealed record FieldDetails(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition, bool IsSimpleLeaf);

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed class BudgetExceededException : Exception;
}
