using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Language;

/// <summary>Executable definitions (spec 2.3 to 2.12).</summary>
public sealed partial class Parser
{
    private static readonly IReadOnlyList<DirectiveNode> NoDirectives = [];
    private static readonly IReadOnlyList<ArgumentNode> NoArguments = [];
    private static readonly IReadOnlyList<VariableDefinitionNode> NoVariables = [];

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Token;
        if (Peek(TokenKind.BraceL))
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                VariableDefinitions = NoVariables,
                Directives = NoDirectives,
                SelectionSet = selectionSet,
                Location = LocationFrom(start),
            };
        }
        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = OptionalMany(TokenKind.ParenL, ParseVariableDefinition, TokenKind.ParenR);
        var directives = ParseDirectives(false);
        var set = ParseSelectionSet();
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = variables ?? NoVariables,
            Directives = directives,
            SelectionSet = set,
            Location = LocationFrom(start),
        };
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Token;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.EqualsSign) ? ParseValueLiteral(true) : null;
        var directives = ParseDirectives(true);
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    private VariableNode ParseVariable()
    {
        var start = Token;
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name) { Location = LocationFrom(start) };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Token;
        Enter();
        // A loop rather than Any(...): selection sets are the commonest list, and a method group allocates a delegate per call.
        Expect(TokenKind.BraceL);
        var selections = new List<SelectionNode>();
        while (!ExpectOptional(TokenKind.BraceR))
        {
            selections.Add(ParseSelection());
        }
        Exit();
        return new SelectionSetNode(selections) { Location = LocationFrom(start) };
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var start = Token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var set = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = arguments,
            Directives = directives,
            SelectionSet = set,
            Location = LocationFrom(start),
        };
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!Peek(TokenKind.ParenL))
        {
            return NoArguments;
        }
        Expect(TokenKind.ParenL);
        var arguments = new List<ArgumentNode>();
        do
        {
            var start = Token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            arguments.Add(new ArgumentNode(name, value) { Location = LocationFrom(start) });
        }
        while (!ExpectOptional(TokenKind.ParenR));
        return arguments;
    }

    private SelectionNode ParseFragment()
    {
        var start = Token;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(false);
            return new FragmentSpreadNode { Name = name, Directives = spreadDirectives, Location = LocationFrom(start) };
        }
        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(false);
        var set = ParseSelectionSet();
        return new InlineFragmentNode
        {
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = set,
            Location = LocationFrom(start),
        };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Token;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(false);
        var set = ParseSelectionSet();
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = set,
            Location = LocationFrom(start),
        };
    }

    private NameNode ParseFragmentName()
    {
        if (Token.Value == "on")
        {
            throw Unexpected();
        }
        return ParseName();
    }

    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                {
                    Enter();
                    var values = Any(TokenKind.BracketL, () => ParseValueLiteral(isConst), TokenKind.BracketR);
                    Exit();
                    return new ListValueNode(values) { Location = LocationFrom(token) };
                }
            case TokenKind.BraceL:
                {
                    Enter();
                    var fields = Any(TokenKind.BraceL, () =>
                    {
                        var start = Token;
                        var name = ParseName();
                        Expect(TokenKind.Colon);
                        var value = ParseValueLiteral(isConst);
                        return new ObjectFieldNode(name, value) { Location = LocationFrom(start) };
                    }, TokenKind.BraceR);
                    Exit();
                    return new ObjectValueNode(fields) { Location = LocationFrom(token) };
                }
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value!) { Location = LocationFrom(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value!) { Location = LocationFrom(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true) { Location = LocationFrom(token) },
                    "false" => new BooleanValueNode(false) { Location = LocationFrom(token) },
                    "null" => new NullValueNode { Location = LocationFrom(token) },
                    _ => new EnumValueNode(token.Value!) { Location = LocationFrom(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Expect(TokenKind.Dollar);
                    if (Token.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, $"Unexpected variable \"${Token.Value}\" in constant value.");
                    }
                    throw Unexpected(token);
                }
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return NoDirectives;
        }
        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = Token;
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            directives.Add(new DirectiveNode(name, arguments) { Location = LocationFrom(start) });
        }
        return directives;
    }

    private TypeNode ParseTypeReference()
    {
        var start = Token;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketL))
        {
            Enter();
            var inner = ParseTypeReference();
            Exit();
            Expect(TokenKind.BracketR);
            type = new ListTypeNode(inner) { Location = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }
        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type) { Location = LocationFrom(start) } : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Token;
        var name = ParseName();
        return new NamedTypeNode(name) { Location = LocationFrom(start) };
    }
}
