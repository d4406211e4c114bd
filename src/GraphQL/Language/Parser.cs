using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for the September 2025 grammar (spec 2 and 3). Recursion is bounded by
/// <see cref="ParserOptions.MaxNesting"/> and work by <see cref="ParserOptions.MaxTokens"/>, so hostile
/// documents fail fast with a syntax error instead of exhausting the stack.
/// </summary>
public sealed partial class Parser
{
    private static readonly HashSet<string> DirectiveLocations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
        "FRAGMENT_VARIABLE_DEFINITION",
    ];

    private readonly string _body;
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _lastEnd;
    private int _tokenCount;
    private int _depth;

    private Parser(string body, ParserOptions options)
    {
        _body = body;
        _options = options;
        _lexer = new Lexer(body);
    }

    public static DocumentNode Parse(string body, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        if (body.Length > options.MaxLength)
        {
            throw new GraphQLSyntaxException(
                $"Source contains more than {options.MaxLength} UTF-16 code units. Parsing aborted.", new SourceLocation(1, 1));
        }
        return new Parser(body, options).ParseDocument();
    }

    /// <summary>Parses a single value literal, such as a default value.</summary>
    public static ValueNode ParseValue(string body, bool isConst = true)
    {
        var parser = new Parser(body, ParserOptions.Default);
        parser.Advance();
        var value = parser.ParseValueLiteral(isConst);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    private ref readonly Token Token => ref _lexer.CurrentRef;

    private void Advance()
    {
        _lastEnd = _lexer.CurrentRef.End;
        _lexer.MoveNext();
        ref readonly var token = ref _lexer.CurrentRef;
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw Error(token.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    private GraphQLSyntaxException Error(int position, string description) =>
        new(description, GraphQLSyntaxException.LocationOf(_body, position));

    private Location LocationFrom(in Token start) => new(start.Start, _lastEnd, start.Line, start.Column);

    private void Enter()
    {
        if (++_depth > _options.MaxNesting)
        {
            throw Error(Token.Start, $"Document exceeds the maximum nesting depth of {_options.MaxNesting}. Parsing aborted.");
        }
    }

    private void Exit() => _depth--;

    private bool Peek(TokenKind kind) => Token.Kind == kind;

    private Token Expect(TokenKind kind)
    {
        var token = Token;
        if (token.Kind == kind)
        {
            Advance();
            return token;
        }
        throw Error(token.Start, $"Expected {Language.Token.Describe(kind)}, found {token.Describe()}.");
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (Token.Kind == kind)
        {
            Advance();
            return true;
        }
        return false;
    }

    private void ExpectKeyword(string value)
    {
        var token = Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            Advance();
            return;
        }
        throw Error(token.Start, $"Expected \"{value}\", found {token.Describe()}.");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        if (Token.Kind == TokenKind.Name && Token.Value == value)
        {
            Advance();
            return true;
        }
        return false;
    }

    private GraphQLSyntaxException Unexpected(Token? at = null)
    {
        var token = at ?? Token;
        return Error(token.Start, $"Unexpected {token.Describe()}.");
    }

    private List<T> Any<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        Expect(open);
        var nodes = new List<T>();
        while (!ExpectOptional(close))
        {
            nodes.Add(item());
        }
        return nodes;
    }

    private List<T> Many<T>(TokenKind open, Func<T> item, TokenKind close)
    {
        Expect(open);
        var nodes = new List<T>();
        do
        {
            nodes.Add(item());
        }
        while (!ExpectOptional(close));
        return nodes;
    }

    private List<T>? OptionalMany<T>(TokenKind open, Func<T> item, TokenKind close) =>
        Peek(open) ? Many(open, item, close) : null;

    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> item)
    {
        ExpectOptional(delimiter);
        var nodes = new List<T>();
        do
        {
            nodes.Add(item());
        }
        while (ExpectOptional(delimiter));
        return nodes;
    }

    private DocumentNode ParseDocument()
    {
        var start = Token;
        Advance();
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));
        return new DocumentNode(definitions) { Location = new Location(0, _body.Length, 1, 1), TokenCount = _tokenCount };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Token;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(Token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }
            if (hasDescription)
            {
                throw Error(Token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }
            if (keyword.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }
        throw Unexpected(keyword);
    }

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(token.Value!) { Location = new Location(token.Start, token.End, token.Line, token.Column) };
    }

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private StringValueNode ParseStringLiteral()
    {
        var token = Token;
        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = LocationFrom(token) };
    }
}
