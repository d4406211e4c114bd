using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Types;

/// <summary>A directive definition (spec 3.13).</summary>
public sealed class DirectiveDefinition(string name)
{
    private readonly Dictionary<string, InputValueDefinition> _byName = new(StringComparer.Ordinal);
    private readonly List<InputValueDefinition> _arguments = [];

    public string Name { get; } = name;
    public string? Description { get; internal set; }
    public bool IsRepeatable { get; internal set; }
    public List<string> Locations { get; } = [];
    public IReadOnlyList<InputValueDefinition> Arguments => _arguments;
    public DirectiveDefinitionNode? Definition { get; internal set; }
    public string? DeprecationReason { get; internal set; }

    public InputValueDefinition? GetArgument(string name) => _byName.GetValueOrDefault(name);

    internal bool AddArgument(InputValueDefinition argument)
    {
        if (!_byName.TryAdd(argument.Name, argument))
        {
            return false;
        }
        _arguments.Add(argument);
        return true;
    }
}
