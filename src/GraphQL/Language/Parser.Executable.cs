using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Language;

/// <summary>Executable definitions (spec 2.3 to 2.12).</summary>
public sealed partial class Parser
{
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Here;
        if (Peek(TokenKind.BraceL))
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                VariableDefinitions = [],
                Directives = [],
                SelectionSet = selectionSet,
                Location = LocationFrom(start),
            };
        }
        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(false);
        var set = ParseSelectionSet();
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = variables,
            Directives = directives,
            SelectionSet = set,
            Location = LocationFrom(start),
        };
    }

    private OperationType ParseOperationType()
    {
        var token = _lexer.Current;
        Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private VariableDefinitionNode[] ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }
        var mark = _stackCount;
        do
        {
            Push(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));
        return Drain<VariableDefinitionNode>(mark);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Here;
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
        var start = Here;
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name) { Location = LocationFrom(start) };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Here;
        Enter();
        Expect(TokenKind.BraceL);
        var mark = _stackCount;
        while (!ExpectOptional(TokenKind.BraceR))
        {
            Push(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        Exit();
        return new SelectionSetNode(Drain<SelectionNode>(mark)) { Location = LocationFrom(start) };
    }

    private FieldNode ParseField()
    {
        var start = Here;
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

    private ArgumentNode[] ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }
        var mark = _stackCount;
        do
        {
            var start = Here;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            Push(new ArgumentNode(name, value) { Location = LocationFrom(start) });
        }
        while (!ExpectOptional(TokenKind.ParenR));
        return Drain<ArgumentNode>(mark);
    }

    private SelectionNode ParseFragment()
    {
        var start = Here;
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
        var start = Here;
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
        if (_lexer.Value == "on")
        {
            throw Unexpected();
        }
        return ParseName();
    }

    private ValueNode ParseValueLiteral(bool isConst)
    {
        var start = Here;
        var lexer = _lexer;
        var value = lexer.Value;
        switch (lexer.Kind)
        {
            case TokenKind.BracketL:
                {
                    Enter();
                    Advance();
                    var mark = _stackCount;
                    while (!ExpectOptional(TokenKind.BracketR))
                    {
                        Push(ParseValueLiteral(isConst));
                    }
                    Exit();
                    return new ListValueNode(Drain<ValueNode>(mark)) { Location = LocationFrom(start) };
                }
            case TokenKind.BraceL:
                {
                    Enter();
                    Advance();
                    var mark = _stackCount;
                    while (!ExpectOptional(TokenKind.BraceR))
                    {
                        var fieldStart = Here;
                        var name = ParseName();
                        Expect(TokenKind.Colon);
                        var fieldValue = ParseValueLiteral(isConst);
                        Push(new ObjectFieldNode(name, fieldValue) { Location = LocationFrom(fieldStart) });
                    }
                    Exit();
                    return new ObjectValueNode(Drain<ObjectFieldNode>(mark)) { Location = LocationFrom(start) };
                }
            case TokenKind.Int:
                Advance();
                return new IntValueNode(value!) { Location = LocationFrom(start) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(value!) { Location = LocationFrom(start) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return value switch
                {
                    "true" => new BooleanValueNode(true) { Location = LocationFrom(start) },
                    "false" => new BooleanValueNode(false) { Location = LocationFrom(start) },
                    "null" => new NullValueNode { Location = LocationFrom(start) },
                    _ => new EnumValueNode(value!) { Location = LocationFrom(start) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    var dollar = lexer.Current;
                    Advance();
                    if (lexer.Kind == TokenKind.Name)
                    {
                        throw Error(dollar.Start, $"Unexpected variable \"${lexer.Value}\" in constant value.");
                    }
                    throw Unexpected(dollar);
                }
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }
        var mark = _stackCount;
        while (Peek(TokenKind.At))
        {
            var start = Here;
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            Push(new DirectiveNode(name, arguments) { Location = LocationFrom(start) });
        }
        return Drain<DirectiveNode>(mark);
    }

    private TypeNode ParseTypeReference()
    {
        var start = Here;
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
        var start = Here;
        var name = ParseName();
        return new NamedTypeNode(name) { Location = LocationFrom(start) };
    }
}
