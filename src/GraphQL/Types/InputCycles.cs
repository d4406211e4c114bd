using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Types;

/// <summary>
/// Spec 3.10.1 input object rule: an input object must not reference itself through non-null fields (or, for
/// OneOf input objects, through every field) — no finite value could satisfy it. Mirrors graphql-js's
/// finite-value analysis and its cycle message.
/// </summary>
internal static class InputCycles
{
    public static void Detect(Schema schema, Action<string, IEnumerable<SyntaxNode?>> report)
    {
        var states = new Dictionary<InputObjectType, FiniteValueState>();
        foreach (var type in schema.Types)
        {
            if (type is InputObjectType input)
            {
                states[input] = new FiniteValueState(input);
            }
        }
        var finite = new Stack<FiniteValueState>();
        void Mark(FiniteValueState state)
        {
            if (!state.Finite)
            {
                state.Finite = true;
                finite.Push(state);
            }
        }
        foreach (var state in states.Values)
        {
            foreach (var field in state.Input.Fields)
            {
                var target = Target(state.Input, field.Type);
                if (target is null)
                {
                    continue;
                }
                state.Targets.Add((field, target));
                if (states.TryGetValue(target, out var targetState))
                {
                    targetState.Dependents.Add(state);
                }
            }
            if (state.Input.IsOneOf)
            {
                if (state.Input.Fields.Count == 0 || state.Targets.Count < state.Input.Fields.Count)
                {
                    Mark(state);
                }
            }
            else
            {
                state.Unresolved = state.Targets.Count;
                if (state.Targets.Count == 0)
                {
                    Mark(state);
                }
            }
        }
        while (finite.Count > 0)
        {
            foreach (var dependent in finite.Pop().Dependents)
            {
                if (dependent.Finite)
                {
                    continue;
                }
                if (dependent.Input.IsOneOf || --dependent.Unresolved == 0)
                {
                    Mark(dependent);
                }
            }
        }
        var visited = new HashSet<InputObjectType>();
        var path = new List<(string Text, SyntaxNode? Node)>();
        var indexByType = new Dictionary<InputObjectType, int>();
        void Report(FiniteValueState state)
        {
            if (!visited.Add(state.Input))
            {
                return;
            }
            indexByType[state.Input] = path.Count;
            foreach (var (field, target) in state.Targets)
            {
                if (!states.TryGetValue(target, out var targetState) || targetState.Finite)
                {
                    continue;
                }
                path.Add(($"{state.Input.Name}.{field.Name}", field.Definition));
                if (!indexByType.TryGetValue(target, out var cycleIndex))
                {
                    Report(targetState);
                }
                else
                {
                    var cycle = path.GetRange(cycleIndex, path.Count - cycleIndex);
                    report($"Input Object {target.Name} cannot be provided a finite value because it references itself through fields: {string.Join(", ", cycle.Select(c => c.Text))}.",
                        cycle.Select(c => c.Node));
                }
                path.RemoveAt(path.Count - 1);
            }
            indexByType.Remove(state.Input);
        }
        foreach (var state in states.Values)
        {
            if (!state.Finite)
            {
                Report(state);
            }
        }
    }

    private static InputObjectType? Target(InputObjectType input, GraphQLType fieldType)
    {
        if (input.IsOneOf)
        {
            return fieldType as InputObjectType;
        }
        return fieldType is NonNullType { OfType: InputObjectType target } ? target : null;
    }
}
