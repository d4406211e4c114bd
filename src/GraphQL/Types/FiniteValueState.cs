namespace RightHelp.GraphQL.Types;

/// <summary>Per input object bookkeeping of the finite-value analysis in <see cref="InputCycles"/>.</summary>
internal sealed class FiniteValueState(InputObjectType input)
{
    public InputObjectType Input { get; } = input;
    public List<(InputValueDefinition Field, InputObjectType Target)> Targets { get; } = [];
    public List<FiniteValueState> Dependents { get; } = [];
    public int Unresolved { get; set; }
    public bool Finite { get; set; }
}
