using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Types;

/// <summary>A field of an object or interface type, with its bound resolver.</summary>
public sealed class FieldDefinition(string name, GraphQLType type)
{
    private readonly Dictionary<string, InputValueDefinition> _byName = new(StringComparer.Ordinal);
    private readonly List<InputValueDefinition> _arguments = [];

    public string Name { get; } = name;
    public GraphQLType Type { get; internal set; } = type;
    public string? Description { get; internal set; }
    public string? DeprecationReason { get; internal set; }
    public FieldDefinitionNode? Definition { get; internal set; }
    public IReadOnlyList<InputValueDefinition> Arguments => _arguments;

    /// <summary>The resolver; null means the schema's default resolver.</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>The same resolver when it was bound as synchronous: execution calls it without a ValueTask.</summary>
    internal Func<ResolveContext, object?>? SyncResolver { get; set; }

    /// <summary>Cost weight for the MaxFieldCost limit (1 unless bound otherwise).</summary>
    public int Cost { get; internal set; } = 1;

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
